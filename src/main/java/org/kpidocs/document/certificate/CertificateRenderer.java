package org.kpidocs.document.certificate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.kpidocs.render.PdfMetadata;
import org.kpidocs.render.PdfRenderer;
import org.kpidocs.render.Templates;

/**
 * Renders a certificate's text model as one landscape A4 page, PDF/A-3a + PDF/UA-1 (unsigned; the
 * service signs it), or as a standalone HTML page. The QR code is drawn as vector rectangles in both.
 * Same model and time, same bytes.
 */
public final class CertificateRenderer {

    static final String TEMPLATE = "certificate/certificate.ftlx";
    static final String TEMPLATE_VERSION = "certificate/1";

    private final Templates templates;
    private final PdfRenderer renderer;

    public CertificateRenderer(Templates templates, PdfRenderer renderer) {
        this.templates = templates;
        this.renderer = renderer;
    }

    /** The unsigned PDF, dated {@code issuedAt}. */
    byte[] pdf(Certificate c, Instant issuedAt) {
        String xhtml = templates.process(TEMPLATE, c, Locale.forLanguageTag(c.lang()), "pdf");
        String author = c.organisations().stream().map(CertificateSettings.Organisation::shortName)
                .collect(Collectors.joining(", "));
        PdfMetadata meta = new PdfMetadata(c.pdfTitle(), author, c.description(), c.keywords(), c.lang(), issuedAt,
                String.join("|", TEMPLATE_VERSION, c.number(), c.datasetSha256(), c.qrText()), "certificate");
        renderer.requirePrintable(null, c, meta);
        return renderer.render(xhtml, meta, Map.of(Certificate.QR_ID, QrCode.of(c.qrText()).figure()), List.of());
    }

    /** The HTML page, the QR code inline as SVG. */
    byte[] html(Certificate c) {
        Certificate withSvg = c.withQrSvg(QrCode.of(c.qrText()).svg(c.qrAlt()));
        return templates.process(TEMPLATE, withSvg, Locale.forLanguageTag(c.lang()), "html")
                .getBytes(StandardCharsets.UTF_8);
    }
}
