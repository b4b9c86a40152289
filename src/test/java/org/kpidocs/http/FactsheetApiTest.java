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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Factsheet and City Snapshot routes over real HTTP: formats, file names, languages and errors. */
class FactsheetApiTest {

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

    @ParameterizedTest(name = "{0}.pdf")
    @CsvSource({"factsheet, U4SSC-Factsheet-Lumeria-2025-11.pdf, U4SSC Factsheet", "snapshot, U4SSC-City-Snapshot-Lumeria-2025-11.pdf, U4SSC City Snapshot"})
    void servesThePdfWithAFileNameAndItsHash(String document, String fileName, String title) throws Exception {
        HttpResponse<byte[]> r = get(location + "/" + document + ".pdf");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(r.headers().firstValue("Content-Disposition")).contains("inline; filename=\"" + fileName + "\"");
        assertThat(r.headers().firstValue("ETag")).isPresent();
        try (PDDocument doc = Loader.loadPDF(r.body())) {
            assertThat(doc.getDocumentInformation().getTitle()).startsWith(title).contains("Lumeria");
        }
    }

    @ParameterizedTest(name = "{0}.html")
    @CsvSource({"factsheet, 4", "snapshot, 1"})
    void servesTheSameDocumentsAsStandaloneHtmlPages(String document, int svgs) throws Exception {
        HttpResponse<byte[]> r = get(location + "/" + document + ".html?lang=en");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'");
        String page = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(page.split("<svg ", -1)).hasSize(svgs + 1);
        assertThat(page).contains("Lumeria", "Local: Protected cycle lanes");
    }

    @Test
    void refusesAnUnknownLanguageListingTheSupportedOnes() throws Exception {
        HttpResponse<byte[]> r = get(location + "/factsheet.pdf?lang=xx");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("type").asText()).isEqualTo("urn:kpidocs:problem:invalid-parameter");
        assertThat(p.get("detail").asText()).contains("lang", "xx", "en");
    }

    @Test
    void fallsBackToAcceptLanguageAndThenToEnglish() throws Exception {
        assertThat(get(location + "/snapshot.html", "Accept-Language", "de-CH, fr;q=0.8").statusCode()).isEqualTo(200);
    }

    @Test
    void answersNotFoundForAnUnknownDatasetOrDocumentAsAProblem() throws Exception {
        for (String document : new String[] {"factsheet.pdf", "snapshot.html"}) {
            HttpResponse<byte[]> r = get("/api/v1/datasets/00000000-0000-4000-8000-999999999999/" + document);
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(JSON.readTree(r.body()).get("type").asText()).isEqualTo("urn:kpidocs:problem:dataset-not-found");
        }
        assertThat(get(location + "/factsheet.docx").statusCode()).isEqualTo(404);
        assertThat(get(location + "/certificate.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void theAssessmentListsLocalKpisApartFromTheU4sscScores() throws Exception {
        JsonNode a = JSON.readTree(get(location + "/assessment").body());
        assertThat(a.get("localKpis").get("kpis")).hasSize(3);
        assertThat(a.get("localKpis").get("overall").get("scored").asInt()).isEqualTo(3);
        assertThat(a.get("overall").get("percentage").asDouble()).isBetween(79.6, 79.7);
    }
}
