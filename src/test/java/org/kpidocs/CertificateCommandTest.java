package org.kpidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpidocs.signing.PadesVerifier;

/** {@code kpidocs certificate FILE}: the offline, unregistered preview. */
class CertificateCommandTest {

    private final Cli cli = new Cli();

    @Test
    void writesASignedPreviewPdfAndItsHtml(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        assertThat(cli.run("certificate", "samples/lumeria-2025.json", "-o", out.toString(), "--date", "2026-01-15",
                "--key-dir", dir.resolve("keys").toString())).as(cli.err()).isEqualTo(0);
        Path pdf = out.resolve("U4SSC-Certificate-Lumeria-U4SSC-2026-000000-U.pdf");
        assertThat(pdf).isRegularFile();
        assertThat(out.resolve("U4SSC-Certificate-Lumeria-U4SSC-2026-000000-U.html")).isRegularFile();
        assertThat(cli.out()).contains("Unregistered preview U4SSC-2026-000000-U", "development key");
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(PadesVerifier.verify(bytes).signatureValid()).isTrue();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains("Preview made offline: this certificate is not registered.", "Issued in Geneva on 15 January 2026");
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "fr|Certificat de réussite|Délivré à Genève le 15 janvier 2026|UIT",
            "es|Certificado de reconocimiento|Ginebra|UIT",
            "ru|Свидетельство о достижении|Женева|МСЭ",
            "zh|成就证书|日内瓦|国际电联",
            "ar|شهادة إنجاز|جنيف|الاتحاد الدولي للاتصالات"})
    void writesTheCertificateInEachLanguageWithTheDefaultTextsInThatLanguageAndStaysPdfA(
            String lang, String title, String place, String organisation, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        assertThat(cli.run("certificate", "samples/lumeria-2025.json", "-o", out.toString(), "--date", "2026-01-15",
                "--lang", lang, "--key-dir", dir.resolve("keys").toString())).as(cli.err()).isEqualTo(0);
        byte[] bytes = Files.readAllBytes(out.resolve("U4SSC-Certificate-Lumeria-U4SSC-2026-000000-U-" + lang + ".pdf"));
        assertThat(PadesVerifier.verify(bytes).signatureValid()).isTrue();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo(lang);
            // Arabic comes out of the PDF as presentation forms in visual order: compare normalised words.
            String text = java.text.Normalizer.normalize(new PDFTextStripper().getText(doc), java.text.Normalizer.Form.NFKC)
                    .replaceAll("\\s+", " ");
            for (String expected : new String[] {title, place, organisation}) {
                assertThat(text.contains(expected) || text.contains(reversedWords(expected)))
                        .as("%s in %s", expected, text).isTrue();
            }
        }
        // The signature covers the whole PDF/A document; veraPDF checks the archival part.
        assertThat(org.kpidocs.render.VeraPdf.pdfA3(bytes)).isEmpty();
    }

    private static String reversedWords(String s) {
        java.util.List<String> words = new java.util.ArrayList<>(java.util.List.of(s.split(" ")));
        java.util.Collections.reverse(words);
        return String.join(" ", words);
    }

    @Test
    void refusesAnUnknownLanguageListingTheSixLanguages(@TempDir Path dir) {
        assertThat(cli.run("certificate", "samples/lumeria-2025.json", "--lang", "de", "-o", dir.toString()))
                .isNotEqualTo(0);
        assertThat(cli.err()).contains("unknown language 'de'", "en, ar, zh, fr, ru, es");
    }

    @Test
    void listsEveryUnmetConditionAndWritesNothing(@TempDir Path dir) {
        Path out = dir.resolve("out");
        assertThat(cli.run("certificate", "samples/minimal.json", "-o", out.toString(), "--key-dir",
                dir.resolve("keys").toString())).isEqualTo(1);
        assertThat(cli.err()).contains("does not earn a certificate", "/verification/completedOn",
                "/verification/verifier", "/kpis");
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesABadDate(@TempDir Path dir) {
        assertThat(cli.run("certificate", "samples/lumeria-2025.json", "--date", "15/01/2026", "-o", dir.toString()))
                .isEqualTo(2);
        assertThat(cli.err()).contains("--date 15/01/2026 is not a date");
    }
}
