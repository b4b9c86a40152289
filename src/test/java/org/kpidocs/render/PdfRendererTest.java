package org.kpidocs.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    private static final PdfRenderer RENDERER = new PdfRenderer(FontSet.load());
    private static final PdfMetadata META = new PdfMetadata("Test document", "kpidocs tests", "A test", "test",
            "en", Instant.parse("2025-11-01T00:00:00Z"), "test-identity-1");

    private static String page(String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
                <head><title>Test document</title>
                <style>body { font-family: 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans SC'; }</style></head>
                <body>""" + body + "</body></html>";
    }

    @Test
    void rendersAValidPdfA3aAndPdfUa1Document() throws IOException {
        byte[] pdf = RENDERER.render(page("<h1>Heading</h1><p>Ålesund, Москва, Αθήνα, 北京, مدينة الرياض</p>"
                + "<object type=\"application/x-figure\" id=\"box\" alt=\"A red box\" style=\"width:100px;height:50px;display:block\"></object>"),
                META, Map.of("box", (g, area) -> {
                    g.setColor(Color.RED);
                    g.fill(area);
                    g.setColor(Color.BLACK);
                    g.setFont(new java.awt.Font("Noto Sans", java.awt.Font.PLAIN, 10));
                    g.drawString("Figure text", 5, 20);
                }),
                List.of(new Attachment("dataset.json", "application/json", "The data", "Source",
                        "{\"a\":1}".getBytes(StandardCharsets.UTF_8))));
        assertThat(VeraPdf.pdfA3(pdf)).isEmpty();
        assertThat(VeraPdf.pdfUa1(pdf)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Ålesund", "Москва", "Αθήνα", "北京", "Figure text");
            PDComplexFileSpecification spec = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get("dataset.json");
            assertThat(new String(spec.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Test document");
        }
    }

    @Test
    void givesByteIdenticalOutputForIdenticalInput() {
        String html = page("<h1>Same</h1><p>Same text</p>");
        assertThat(RENDERER.render(html, META, Map.of(), List.of())).isEqualTo(RENDERER.render(html, META, Map.of(), List.of()));
    }

    @Test
    void fetchesNothingFromOutsideTheProduct() throws IOException {
        List<String> urls = List.of("http://127.0.0.1:9/x.png", "HTTP://127.0.0.1:9/x.png", "https://example.org/x.png",
                "http://[::ffff:127.0.0.1]:9/x.png", "file:///etc/passwd", "jar:file:/tmp/x.jar!/a.png",
                "http://169.254.169.254/latest/meta-data/");
        StringBuilder body = new StringBuilder("<h1>Links</h1>");
        for (String u : urls) {
            body.append("<img alt=\"x\" src=\"").append(u).append("\"/>");
        }
        body.append("<link rel=\"stylesheet\" href=\"http://127.0.0.1:9/a.css\"/>");
        try (var server = new java.net.ServerSocket(0)) {
            server.setSoTimeout(1);
            String local = "http://127.0.0.1:" + server.getLocalPort() + "/probe.png";
            body.append("<img alt=\"probe\" src=\"").append(local).append("\"/>");
            byte[] pdf = RENDERER.render(page(body.toString()), META, Map.of(), List.of());
            assertThat(pdf).isNotEmpty();
            assertThatThrownBy(server::accept).isInstanceOf(java.net.SocketTimeoutException.class);
        }
    }

    @Test
    void failsClearlyWhenAFigureIsMissing() {
        assertThatThrownBy(() -> RENDERER.render(page("<object type=\"application/x-figure\" id=\"nope\" alt=\"x\" "
                + "style=\"width:10px;height:10px;display:block\"></object>"), META, Map.of(), List.of()))
                .isInstanceOf(RenderException.class).hasMessageContaining("nope");
    }

    /**
     * openhtmltopdf only logs a warning when its XML parser refuses the settings that turn external
     * entities off (danfickle/openhtmltopdf#207); security reference §4 asks that this be fatal.
     */
    @Test
    void parsesEveryDocumentWithExternalEntitiesSwitchedOff() {
        ch.qos.logback.classic.Logger engine = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger("com.openhtmltopdf");
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> seen =
                new ch.qos.logback.core.read.ListAppender<>();
        seen.start();
        engine.addAppender(seen);
        try {
            RENDERER.render(page("<p>Entities off</p>"), META, Map.of(), List.of());
        } finally {
            engine.detachAppender(seen);
        }
        assertThat(seen.list).extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
                .noneMatch(m -> m.toLowerCase(java.util.Locale.ROOT).matches(".*(xxe|external entit|entity).*"));
    }
}
