package org.kpidocs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kpidocs.dataset.StoredDataset;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.document.report.VerificationReportRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kpidocs report FILE}: renders the Verification Report of a dataset file to PDF and HTML in a
 * folder, without a server, for verifiers working offline. The file is checked exactly as the API
 * checks it; an invalid file writes nothing. Exit code 0 written, 1 invalid dataset, 2 unusable input.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Render the Verification Report of a dataset JSON file to PDF and HTML.")
final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "dataset JSON file")
    private Path file;

    @Option(names = {"-o", "--out"}, description = "output folder (default: the current folder)")
    private Path out = Path.of(".");

    @Option(names = "--lang", description = "document language (default: en)")
    private String lang = "en";

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        OfflineDataset.Loaded loaded;
        try {
            loaded = OfflineDataset.load(file, lang, spec.commandLine().getErr());
        } catch (OfflineDataset.Failure f) {
            return f.exitCode();
        }
        VerificationReportRenderer renderer = loaded.reportRenderer();
        StoredDataset stored = loaded.dataset();
        DocumentLanguage language = loaded.language();
        OfflineDataset.write(out, spec.commandLine().getOut(), renderer.pdf(stored, language),
                renderer.html(stored, language));
        return 0;
    }
}
