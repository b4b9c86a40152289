package org.kpidocs;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.kpidocs.assessment.Assessor;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.dataset.DatasetChecker;
import org.kpidocs.dataset.DatasetRejectedException;
import org.kpidocs.dataset.DatasetUnreadableException;
import org.kpidocs.dataset.StoredDataset;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.document.RenderedDocument;
import org.kpidocs.document.factsheet.FactsheetRenderer;
import org.kpidocs.document.report.VerificationReportRenderer;

/**
 * What the offline commands ({@code report}, {@code factsheet}, {@code snapshot}, {@code bench}) share: a language option and a dataset
 * file checked exactly as the API checks it, standing in for a stored dataset.
 */
final class OfflineDataset {

    /** A usable dataset file and language, with what rendering it needs. */
    record Loaded(Catalogue catalogue, BenchmarkSet benchmarks, StoredDataset dataset, DocumentLanguage language) {
        VerificationReportRenderer reportRenderer() {
            return Documents.reportRenderer(catalogue, benchmarks, new Assessor(catalogue, benchmarks));
        }

        FactsheetRenderer factsheetRenderer() {
            return Documents.factsheetRenderer(catalogue, benchmarks, new Assessor(catalogue, benchmarks),
                    Documents.Engine.create());
        }
    }

    /** The command cannot go on; the reason is already printed. */
    static final class Failure extends Exception {
        private final int exitCode;

        Failure(int exitCode) {
            super(null, null, false, false);
            this.exitCode = exitCode;
        }

        int exitCode() {
            return exitCode;
        }
    }

    private OfflineDataset() {
    }

    /**
     * The language of a {@code --lang} option.
     *
     * @throws Failure exit code 2, with the supported languages printed, for a language not among them
     */
    static DocumentLanguage language(String lang, PrintWriter err) throws Failure {
        DocumentLanguage language = DocumentLanguage.find(lang).orElse(null);
        if (language == null) {
            err.println("kpidocs: unknown language '" + lang + "'; supported: " + String.join(", ", DocumentLanguage.tags()));
            throw new Failure(2);
        }
        return language;
    }

    /** Writes documents into {@code folder} (created if need be) and prints each path and size. */
    static void write(Path folder, PrintWriter out, RenderedDocument... documents) throws IOException {
        Files.createDirectories(folder);
        for (RenderedDocument doc : documents) {
            Path target = folder.resolve(doc.fileName());
            Files.write(target, doc.content());
            out.printf(Locale.ROOT, "%s (%d bytes)%n", target, doc.content().length);
        }
    }

    /**
     * @throws Failure exit code 2 for an unknown language or unreadable file, 1 for an invalid dataset
     */
    static Loaded load(Path file, String lang, PrintWriter err) throws IOException, Failure {
        DocumentLanguage language = language(lang, err);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            err.println("kpidocs: cannot read " + file);
            throw new Failure(2);
        }
        Catalogue catalogue = Catalogue.load();
        BenchmarkSet benchmarks = BenchmarkSet.load(catalogue);
        DatasetChecker.Accepted accepted;
        try {
            accepted = new DatasetChecker(catalogue, benchmarks).check(Files.readAllBytes(file));
        } catch (DatasetUnreadableException | DatasetRejectedException e) {
            err.println("kpidocs: " + file + " is not a valid dataset; run 'kpidocs check " + file + "' for every problem");
            throw new Failure(1);
        }
        // Offline there is no acceptance date: the file's own time stands in, so the same file renders the same.
        StoredDataset stored = accepted.unstored(file.getFileName().toString(), Files.getLastModifiedTime(file).toInstant());
        return new Loaded(catalogue, benchmarks, stored, language);
    }
}
