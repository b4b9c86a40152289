package org.kpidocs.document.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.kpidocs.assessment.Assessor;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.dataset.DatasetChecker;
import org.kpidocs.dataset.StoredDataset;
import org.kpidocs.document.GoldenPages;
import org.kpidocs.i18n.Messages;
import org.kpidocs.render.FontSet;
import org.kpidocs.render.PdfRenderer;
import org.kpidocs.render.Templates;

/** Shared fixtures of the report tests: one renderer per JVM, datasets from files or text, page text. */
final class Reports {

    static final Catalogue CATALOGUE = Catalogue.load();
    static final BenchmarkSet BENCHMARKS = BenchmarkSet.load(CATALOGUE);
    static final Instant ACCEPTED = Instant.parse("2025-11-20T09:30:00Z");
    static final VerificationReportRenderer RENDERER;

    static {
        Messages words = new Messages("report-templates/messages/documents");
        RENDERER = new VerificationReportRenderer(new Assessor(CATALOGUE, BENCHMARKS), CATALOGUE, BENCHMARKS,
                new Templates(words), new PdfRenderer(FontSet.load()), words);
    }

    private Reports() {
    }

    static StoredDataset dataset(Path file) throws IOException {
        return dataset(Files.readString(file), file.getFileName().toString());
    }

    static StoredDataset dataset(String json, String id) {
        return new DatasetChecker(CATALOGUE, BENCHMARKS).check(json.getBytes(StandardCharsets.UTF_8)).unstored(id, ACCEPTED);
    }

    /** The text of every page in content order, one string per page (see {@link GoldenPages#pages}). */
    static List<String> pages(byte[] pdf) throws IOException {
        return GoldenPages.pages(pdf);
    }
}
