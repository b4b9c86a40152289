package org.kpidocs.document.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.kpidocs.assessment.Assessment;
import org.kpidocs.assessment.Assessor;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.catalogue.CatalogueNames;
import org.kpidocs.chart.SunburstPainter;
import org.kpidocs.chart.SvgWriter;
import org.kpidocs.chart.Sunburst;
import org.kpidocs.dataset.StoredDataset;
import org.kpidocs.document.DocumentDate;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.document.FileNames;
import org.kpidocs.document.Named;
import org.kpidocs.document.RenderedDocument;
import org.kpidocs.document.Wheels;
import org.kpidocs.i18n.Messages;
import org.kpidocs.render.Attachment;
import org.kpidocs.render.PdfMetadata;
import org.kpidocs.render.PdfRenderer;
import org.kpidocs.render.Templates;

/**
 * Renders the Verification Report of a dataset as PDF or HTML, for the service and for the command
 * line alike. Everything printed derives
 * from the dataset version, the catalogue, the benchmark set and the template version, so rendering
 * the same dataset twice gives the same bytes.
 */
public final class VerificationReportRenderer {

    private static final String TEMPLATE = "report/verification-report.ftlx";

    private final Assessor assessor;
    private final Templates templates;
    private final PdfRenderer renderer;
    private final Messages messages;
    private final VerificationReportAssembler assembler;
    private final CatalogueNames names;

    public VerificationReportRenderer(Assessor assessor, Catalogue catalogue, BenchmarkSet benchmarks,
                                      Templates templates, PdfRenderer renderer, Messages messages) {
        this.assessor = assessor;
        this.templates = templates;
        this.renderer = renderer;
        this.messages = messages;
        this.names = new CatalogueNames(catalogue);
        this.assembler = new VerificationReportAssembler(catalogue, benchmarks, messages, names);
    }

    /** The report as PDF/A-3a + PDF/UA-1, with the dataset embedded as an associated file. */
    public RenderedDocument pdf(StoredDataset stored, DocumentLanguage language) {
        Assessment a = assess(stored, language);
        Sunburst wheel = Wheels.of(a, language);
        VerificationReport model = assembler.assemble(stored, a, language, alt -> null);
        String xhtml = templates.process(TEMPLATE, model, language.locale(), "pdf");
        String title = messages.format(language.locale(), "report.title", model.city(), model.country(),
                model.monthYear());
        PdfMetadata meta = new PdfMetadata(title, authorOf(stored),
                messages.format(language.locale(), "report.description", model.city()),
                messages.format(language.locale(), "report.keywords", model.city()), language.tag(),
                DocumentDate.instant(stored),
                String.join("|", VerificationReportAssembler.TEMPLATE_VERSION, stored.id(),
                        String.valueOf(stored.version()), stored.sha256(), language.tag()), "verification-report");
        renderer.requirePrintable(stored.canonicalJson(), model, meta, wheel);
        byte[] json = stored.canonicalJson().getBytes(StandardCharsets.UTF_8);
        byte[] pdf = renderer.render(xhtml, meta,
                Map.of(VerificationReportAssembler.WHEEL_ID, (g, area) -> SunburstPainter.paint(wheel, g, area)),
                List.of(new Attachment("dataset.json", "application/json",
                        messages.format(language.locale(), "report.attachment", model.city()), "Source", json)));
        return new RenderedDocument(pdf, RenderedDocument.PDF, fileName(model, stored, language, "pdf"));
    }

    /** The report as a standalone HTML page (the wheel as inline SVG). */
    public RenderedDocument html(StoredDataset stored, DocumentLanguage language) {
        Assessment a = assess(stored, language);
        Sunburst wheel = Wheels.of(a, language);
        VerificationReport model = assembler.assemble(stored, a, language,
                alt -> SvgWriter.svg(wheel, 600, 600, a.city(), alt));
        String html = templates.process(TEMPLATE, model, language.locale(), "html");
        return new RenderedDocument(html.getBytes(StandardCharsets.UTF_8), RenderedDocument.HTML,
                fileName(model, stored, language, "html"));
    }

    /** The assessment with the catalogue's names in the document's language. */
    private Assessment assess(StoredDataset stored, DocumentLanguage language) {
        return Named.in(assessor.assess(stored.id(), stored.version(), stored.dataset()), names.in(language.locale()));
    }

    private static String authorOf(StoredDataset s) {
        var v = s.dataset().verification();
        return v == null || v.verifier() == null ? "U4SSC" : v.verifier();
    }

    private static String fileName(VerificationReport model, StoredDataset stored, DocumentLanguage language,
                                   String extension) {
        return FileNames.of("U4SSC-Verification-Report", model.city(),
                DocumentDate.month(stored).toString(), language, extension);
    }
}
