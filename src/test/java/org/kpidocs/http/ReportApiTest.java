package org.kpidocs.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report routes over real HTTP: formats, file names, languages and errors. */
class ReportApiTest {

    private static ApiTest.Api api;
    private static String location;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        api = ApiTest.Api.start(null, null, 5L << 20);
        location = api.submit(Path.of("samples/lumeria-2025.json"));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        return api.getBytes(path, headers);
    }

    @Test
    void servesThePdfWithAFileNameAndItsHash() throws Exception {
        HttpResponse<byte[]> r = get(location + "/verification-report.pdf");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(r.headers().firstValue("Content-Disposition"))
                .contains("inline; filename=\"U4SSC-Verification-Report-Lumeria-2025-11.pdf\"");
        assertThat(r.headers().firstValue("ETag")).isPresent();
        try (PDDocument doc = Loader.loadPDF(r.body())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(10);
            assertThat(doc.getDocumentInformation().getTitle()).contains("Lumeria");
        }
    }

    @Test
    void servesTheSameReportAsAStandaloneHtmlPage() throws Exception {
        HttpResponse<byte[]> r = get(location + "/verification-report.html?lang=en");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("<svg", "Verification Results", "Lumeria");
    }

    @Test
    void refusesAnUnknownLanguageListingTheSupportedOnes() throws Exception {
        HttpResponse<byte[]> r = get(location + "/verification-report.pdf?lang=xx");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("type").asText()).isEqualTo("urn:kpidocs:problem:invalid-parameter");
        assertThat(p.get("detail").asText()).contains("lang", "xx", "en, ar, zh, fr, ru, es");
    }

    @Test
    void fallsBackToTheFirstSupportedAcceptLanguageAndThenToEnglish() throws Exception {
        HttpResponse<byte[]> french = get(location + "/verification-report.html", "Accept-Language", "de-CH, fr;q=0.8");
        assertThat(french.statusCode()).isEqualTo(200);
        assertThat(new String(french.body(), StandardCharsets.UTF_8)).contains("lang=\"fr\"", "Rapport de vérification");
        assertThat(french.headers().firstValue("Vary")).contains("Accept-Language");
        assertThat(french.headers().firstValue("Content-Disposition").orElse(""))
                .contains("U4SSC-Verification-Report-Lumeria-2025-11-fr.html");
        HttpResponse<byte[]> english = get(location + "/verification-report.html", "Accept-Language", "de-CH, it");
        assertThat(new String(english.body(), StandardCharsets.UTF_8)).contains("lang=\"en\"", "Verification Report");
    }

    @Test
    void servesArabicRightToLeftAndChineseWithTheirOwnWordsAndNumbers() throws Exception {
        String arabic = new String(get(location + "/verification-report.html?lang=ar").body(), StandardCharsets.UTF_8);
        assertThat(arabic).contains("lang=\"ar\"", "dir=\"rtl\"", "تقرير التحقق", "240,000");
        String indic = new String(get(location + "/verification-report.html?lang=ar-u-nu-arab").body(),
                StandardCharsets.UTF_8);
        assertThat(indic).contains("dir=\"rtl\"", "٢٤٠٬٠٠٠").doesNotContain("240,000");
        // Numbers in CSS and in attributes stay locale-independent, whatever the text's digits.
        java.util.regex.Matcher css = java.util.regex.Pattern.compile("(?s)<style>(.*?)</style>").matcher(indic);
        while (css.find()) {
            assertThat(css.group(1)).doesNotContainPattern("[\u0660-\u0669\u066B\u066C]");
        }
        // Attributes a person reads (alt, title, aria-label, meta content) are text; the others are not.
        assertThat(indic).doesNotContainPattern("\\s(?!alt=|title=|aria-label=|content=)[a-z:-]+=\"[^\"]*[\u0660-\u0669]");
        HttpResponse<byte[]> chinese = get(location + "/verification-report.pdf?lang=zh");
        try (PDDocument doc = Loader.loadPDF(chinese.body())) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("zh");
            assertThat(doc.getDocumentInformation().getTitle()).contains("核实报告", "Lumeria");
        }
    }

    @Test
    void answersNotFoundForAnUnknownDatasetAsAProblem() throws Exception {
        HttpResponse<byte[]> r = get("/api/v1/datasets/00000000-0000-4000-8000-999999999999/verification-report.pdf");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(r.body()).get("type").asText()).isEqualTo("urn:kpidocs:problem:dataset-not-found");
        assertThat(get(location + "/verification-report.docx").statusCode()).isEqualTo(404);
    }
}
