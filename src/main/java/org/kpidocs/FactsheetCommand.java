package org.kpidocs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kpidocs.dataset.StoredDataset;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.document.RenderedDocument;
import org.kpidocs.document.factsheet.FactsheetRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kpidocs factsheet FILE} and {@code kpidocs snapshot FILE}: render the Factsheet or the City
 * Snapshot of a dataset file to PDF and HTML in a folder, without a server, exactly as {@code report}
 * does for the Verification Report: the file is checked as the API checks it, an invalid file writes
 * nothing. Exit code 0 written, 1 invalid dataset, 2 unusable input.
 */
abstract class FactsheetCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "dataset JSON file")
    private Path file;

    @Option(names = {"-o", "--out"}, description = "output folder (default: the current folder)")
    private Path out = Path.of(".");

    @Option(names = "--lang", description = "document language (default: en)")
    private String lang = "en";

    @Spec
    private CommandSpec spec;

    abstract RenderedDocument pdf(FactsheetRenderer renderer, StoredDataset stored, DocumentLanguage language);

    abstract RenderedDocument html(FactsheetRenderer renderer, StoredDataset stored, DocumentLanguage language);

    @Override
    public Integer call() throws IOException {
        OfflineDataset.Loaded loaded;
        try {
            loaded = OfflineDataset.load(file, lang, spec.commandLine().getErr());
        } catch (OfflineDataset.Failure f) {
            return f.exitCode();
        }
        FactsheetRenderer renderer = loaded.factsheetRenderer();
        OfflineDataset.write(out, spec.commandLine().getOut(), pdf(renderer, loaded.dataset(), loaded.language()),
                html(renderer, loaded.dataset(), loaded.language()));
        return 0;
    }

    /** {@code kpidocs factsheet FILE}. */
    @Command(name = "factsheet", mixinStandardHelpOptions = true,
            description = "Render the U4SSC Factsheet of a dataset JSON file to PDF and HTML.")
    static final class Factsheet extends FactsheetCommand {
        @Override
        RenderedDocument pdf(FactsheetRenderer renderer, StoredDataset stored, DocumentLanguage language) {
            return renderer.factsheetPdf(stored, language);
        }

        @Override
        RenderedDocument html(FactsheetRenderer renderer, StoredDataset stored, DocumentLanguage language) {
            return renderer.factsheetHtml(stored, language);
        }
    }

    /** {@code kpidocs snapshot FILE}. */
    @Command(name = "snapshot", mixinStandardHelpOptions = true,
            description = "Render the U4SSC City Snapshot of a dataset JSON file to PDF and HTML.")
    static final class Snapshot extends FactsheetCommand {
        @Override
        RenderedDocument pdf(FactsheetRenderer renderer, StoredDataset stored, DocumentLanguage language) {
            return renderer.snapshotPdf(stored, language);
        }

        @Override
        RenderedDocument html(FactsheetRenderer renderer, StoredDataset stored, DocumentLanguage language) {
            return renderer.snapshotHtml(stored, language);
        }
    }
}
