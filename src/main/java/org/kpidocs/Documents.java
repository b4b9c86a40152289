package org.kpidocs;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.kpidocs.assessment.Assessor;
import org.kpidocs.dataset.DatasetChecker;
import org.kpidocs.dataset.StoredDataset;
import org.kpidocs.document.DocumentLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.document.report.VerificationReportRenderer;
import org.kpidocs.i18n.Messages;
import org.kpidocs.render.FontSet;
import org.kpidocs.render.PdfRenderer;
import org.kpidocs.render.Templates;

/** Wiring of the document engine, shared by the server and the command line. */
final class Documents {

    private static final Logger LOG = LoggerFactory.getLogger(Documents.class);

    static final String BUNDLE = "report-templates/messages/documents";

    private Documents() {
    }

    /**
     * Renders a tiny report once in the background: the first render in a JVM pays 1–4 s of class
     * loading and JIT (stack reference §2a), which should not fall on the first user.
     */
    static void warmUp(VerificationReportRenderer renderer, DatasetChecker checker) {
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            try {
                StoredDataset sample = checker.check(WARM_UP.getBytes(StandardCharsets.UTF_8))
                        .unstored("warm-up", Instant.EPOCH);
                renderer.pdf(sample, DocumentLanguage.EN);
                renderer.html(sample, DocumentLanguage.EN);
                LOG.info("Document engine warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.error("Document engine warm-up failed; the first report will be slow or fail", e);
            }
        }, "kpidocs-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static final String WARM_UP = "{\"city\": {\"name\": \"Warm-up\", \"country\": \"-\"},"
            + " \"reportingYear\": 2025, \"kpis\": [{\"code\": \"EC: ICT: ICT: 1C\", \"value\": 97, \"verified\": true}]}";

    static VerificationReportRenderer reportRenderer(Catalogue catalogue, BenchmarkSet benchmarks, Assessor assessor) {
        Messages messages = new Messages(BUNDLE);
        return new VerificationReportRenderer(assessor, catalogue, benchmarks, new Templates(messages),
                engine(), messages);
    }

    private static PdfRenderer engine;

    /** The one PDF engine of the process: its fonts (20 MB) and font-metrics cache are shared by every document. */
    static synchronized PdfRenderer engine() {
        if (engine == null) {
            engine = new PdfRenderer(FontSet.load());
        }
        return engine;
    }
}
