package org.kpidocs.document.factsheet;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kpidocs.assessment.Assessment;
import org.kpidocs.assessment.Assessor;
import org.kpidocs.assessment.LocalAssessment;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.catalogue.CatalogueNames;
import org.kpidocs.dataset.StoredDataset;
import org.kpidocs.document.DocumentDate;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.document.FileNames;
import org.kpidocs.document.Named;
import org.kpidocs.document.RenderedDocument;
import org.kpidocs.i18n.Messages;
import org.kpidocs.render.Attachment;
import org.kpidocs.render.PdfMetadata;
import org.kpidocs.render.PdfRenderer;
import org.kpidocs.render.Templates;

/**
 * Renders the Factsheet and the City Snapshot of a dataset as PDF or HTML, for the service and the
 * command line alike. Everything printed derives from the dataset version, the catalogue, the
 * benchmark set and the template versions, so rendering the same dataset twice gives the same bytes.
 * Charts go into the PDF as vector drawings (text in the embedded font) and into the HTML as SVG.
 */
public final class FactsheetRenderer {

    private static final String FACTSHEET = "factsheet/factsheet.ftlx";
    private static final String SNAPSHOT = "snapshot/snapshot.ftlx";

    private final Assessor assessor;
    private final Templates templates;
    private final PdfRenderer renderer;
    private final Messages messages;
    private final FactsheetAssembler assembler;
    private final CatalogueNames names;

    public FactsheetRenderer(Assessor assessor, Catalogue catalogue, BenchmarkSet benchmarks, Templates templates,
                             PdfRenderer renderer, Messages messages) {
        this.assessor = assessor;
        this.templates = templates;
        this.renderer = renderer;
        this.messages = messages;
        this.names = new CatalogueNames(catalogue);
        this.assembler = new FactsheetAssembler(catalogue, benchmarks, messages, names);
    }

    /** The Factsheet as PDF/A-3a + PDF/UA-1, with the dataset embedded as an associated file. */
    public RenderedDocument factsheetPdf(StoredDataset stored, DocumentLanguage language) {
        var assembled = assembler.factsheet(stored, assess(stored, language), local(stored, language), language, false);
        Factsheet m = assembled.model();
        PdfMetadata meta = metadata("factsheet", FactsheetAssembler.FACTSHEET_TEMPLATE_VERSION, stored, language,
                m.city(), m.country(), m.monthYear());
        renderer.requirePrintable(stored.canonicalJson(), m, meta);
        String xhtml = templates.process(FACTSHEET, m, language.locale(), "pdf");
        byte[] pdf = renderer.render(xhtml, meta, assembled.figures(),
                attachments("factsheet", stored, language, m.city()));
        return new RenderedDocument(pdf, RenderedDocument.PDF, fileName("U4SSC-Factsheet", m.city(), stored, language, "pdf"));
    }

    /** The Factsheet as a standalone HTML page (charts and wheel as inline SVG). */
    public RenderedDocument factsheetHtml(StoredDataset stored, DocumentLanguage language) {
        Factsheet m = assembler.factsheet(stored, assess(stored, language), local(stored, language), language, true).model();
        String html = templates.process(FACTSHEET, m, language.locale(), "html");
        return new RenderedDocument(html.getBytes(StandardCharsets.UTF_8), RenderedDocument.HTML,
                fileName("U4SSC-Factsheet", m.city(), stored, language, "html"));
    }

    /** The City Snapshot as PDF/A-3a + PDF/UA-1, with the dataset embedded as an associated file. */
    public RenderedDocument snapshotPdf(StoredDataset stored, DocumentLanguage language) {
        var assembled = assembler.snapshot(stored, assess(stored, language), local(stored, language), language, false);
        Snapshot m = assembled.model();
        PdfMetadata meta = metadata("snapshot", FactsheetAssembler.SNAPSHOT_TEMPLATE_VERSION, stored, language,
                m.city(), m.country(), m.monthYear());
        renderer.requirePrintable(stored.canonicalJson(), m, meta);
        String xhtml = templates.process(SNAPSHOT, m, language.locale(), "pdf");
        byte[] pdf = renderer.render(xhtml, meta, assembled.figures(),
                attachments("snapshot", stored, language, m.city()));
        return new RenderedDocument(pdf, RenderedDocument.PDF, fileName("U4SSC-City-Snapshot", m.city(), stored, language, "pdf"));
    }

    /** The City Snapshot as a standalone HTML page (the wheel as inline SVG). */
    public RenderedDocument snapshotHtml(StoredDataset stored, DocumentLanguage language) {
        Snapshot m = assembler.snapshot(stored, assess(stored, language), local(stored, language), language, true).model();
        String html = templates.process(SNAPSHOT, m, language.locale(), "html");
        return new RenderedDocument(html.getBytes(StandardCharsets.UTF_8), RenderedDocument.HTML,
                fileName("U4SSC-City-Snapshot", m.city(), stored, language, "html"));
    }

    /** The assessment with the catalogue's names in the document's language. */
    private Assessment assess(StoredDataset stored, DocumentLanguage language) {
        return Named.in(assessor.assess(stored.id(), stored.version(), stored.dataset()), names.in(language.locale()));
    }

    private LocalAssessment local(StoredDataset stored, DocumentLanguage language) {
        return Named.in(assessor.assessLocal(stored.dataset()), names.in(language.locale()));
    }

    private PdfMetadata metadata(String kind, String templateVersion, StoredDataset stored, DocumentLanguage language,
                                 String city, String country, String monthYear) {
        var locale = language.locale();
        var v = stored.dataset().verification();
        return new PdfMetadata(messages.format(locale, kind + ".title", city, country, monthYear),
                v == null || v.verifier() == null ? "U4SSC" : v.verifier(),
                messages.format(locale, kind + ".description", city), messages.format(locale, kind + ".keywords", city),
                language.tag(), DocumentDate.instant(stored),
                String.join("|", templateVersion, stored.id(), String.valueOf(stored.version()), stored.sha256(),
                        language.tag()), kind);
    }

    private List<Attachment> attachments(String kind, StoredDataset stored, DocumentLanguage language, String city) {
        return List.of(new Attachment("dataset.json", "application/json",
                messages.format(language.locale(), kind + ".attachment", city), "Source",
                stored.canonicalJson().getBytes(StandardCharsets.UTF_8)));
    }

    private static String fileName(String kind, String city, StoredDataset stored, DocumentLanguage language,
                                   String extension) {
        return FileNames.of(kind, city, DocumentDate.month(stored).toString(), language, extension);
    }
}
