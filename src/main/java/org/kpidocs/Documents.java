package org.kpidocs;

import org.kpidocs.assessment.Assessor;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.document.report.VerificationReportRenderer;
import org.kpidocs.i18n.Messages;
import org.kpidocs.render.FontSet;
import org.kpidocs.render.PdfRenderer;
import org.kpidocs.render.Templates;

/** Wiring of the document engine, shared by the server and the command line. */
final class Documents {

    static final String BUNDLE = "report-templates/messages/documents";

    private Documents() {
    }

    static VerificationReportRenderer reportRenderer(Catalogue catalogue, BenchmarkSet benchmarks, Assessor assessor) {
        Messages messages = new Messages(BUNDLE);
        return new VerificationReportRenderer(assessor, catalogue, benchmarks, new Templates(messages),
                new PdfRenderer(FontSet.load()), messages);
    }
}
