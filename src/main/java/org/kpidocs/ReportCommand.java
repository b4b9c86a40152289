package org.kpidocs;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kpidocs.assessment.Assessor;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.dataset.DatasetChecker;
import org.kpidocs.dataset.DatasetRejectedException;
import org.kpidocs.dataset.DatasetUnreadableException;
import org.kpidocs.dataset.StoredDataset;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.document.RenderedDocument;
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
        PrintWriter err = spec.commandLine().getErr();
        DocumentLanguage language = DocumentLanguage.find(lang).orElse(null);
        if (language == null) {
            err.println("kpidocs: unknown language '" + lang + "'; supported: " + String.join(", ", DocumentLanguage.tags()));
            return 2;
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            err.println("kpidocs: cannot read " + file);
            return 2;
        }
        Catalogue catalogue = Catalogue.load();
        BenchmarkSet benchmarks = BenchmarkSet.load(catalogue);
        DatasetChecker.Accepted accepted;
        try {
            accepted = new DatasetChecker(catalogue, benchmarks).check(Files.readAllBytes(file));
        } catch (DatasetUnreadableException | DatasetRejectedException e) {
            err.println("kpidocs: " + file + " is not a valid dataset; run 'kpidocs check " + file + "' for every problem");
            return 1;
        }
        // Offline there is no acceptance date: the file's own time stands in, so the same file renders the same.
        StoredDataset stored = accepted.unstored(file.getFileName().toString(), Files.getLastModifiedTime(file).toInstant());
        VerificationReportRenderer renderer = Documents.reportRenderer(catalogue, benchmarks, new Assessor(catalogue, benchmarks));
        Files.createDirectories(out);
        for (RenderedDocument doc : new RenderedDocument[] {renderer.pdf(stored, language), renderer.html(stored, language)}) {
            Path target = out.resolve(doc.fileName());
            Files.write(target, doc.content());
            spec.commandLine().getOut().printf(Locale.ROOT, "%s (%d bytes)%n", target, doc.content().length);
        }
        return 0;
    }
}
