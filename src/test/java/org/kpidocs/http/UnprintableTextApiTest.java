package org.kpidocs.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A dataset whose texts have characters none of the document fonts has is accepted (the HTML page can
 * show them), but its PDFs are refused before layout with a 422 naming each character and where it is.
 */
class UnprintableTextApiTest {

    private static final String GRINNING = "\uD83D\uDE00";
    private static final String TAMIL_KA = "\u0B95";

    private static ApiTest.Api api;
    private static String location;

    @BeforeAll
    static void start() {
        api = ApiTest.Api.start(null, null, 5L << 20);
        ApiTest.Reply created = api.post("/api/v1/datasets", "{\"city\": {\"name\": \"Smile " + GRINNING + " Town\","
                + " \"country\": \"Iceland\"}, \"reportingYear\": 2025,"
                + " \"kpis\": [{\"code\": \"EC: ICT: ICT: 1C\", \"value\": 95.0}],"
                + " \"findings\": {\"auditResults\": [\"All KPIs were checked.\", \"Roads in " + TAMIL_KA
                + " district were not.\"]}}");
        created.assertJson(201);
        location = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void theReportPdfIsRefusedNamingEachFieldCharacterAndCodePoint() {
        ApiTest.Reply r = api.get(location + "/verification-report.pdf");

        r.assertProblem(422, "text-not-printable");
        JsonNode p = r.json();
        assertThat(p.get("detail").asText()).contains("2 character(s)", "/city/name", "\"" + GRINNING + "\"",
                "U+1F600 GRINNING FACE", "document field city", "/findings/auditResults/1", "U+0B95 TAMIL LETTER KA");
        assertThat(p.get("errors").findValuesAsText("pointer")).containsExactly("/city/name", "/findings/auditResults/1");
        assertThat(p.get("errors").findValuesAsText("code")).containsOnly("text.not-printable");
        assertThat(p.get("errors").get(0).get("allowed").asText()).contains("no emoji");
    }

    @Test
    void theFactsheetAndSnapshotPdfsAreRefusedTooButTheHtmlPagesAreServed() throws Exception {
        api.get(location + "/factsheet.pdf").assertProblem(422, "text-not-printable");
        api.get(location + "/snapshot.pdf").assertProblem(422, "text-not-printable");
        // A browser falls back to the reader's own fonts, so the HTML page can show the text.
        HttpResponse<byte[]> html = api.getBytes(location + "/verification-report.html");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(new String(html.body(), StandardCharsets.UTF_8)).contains("Smile " + GRINNING + " Town");
    }

    @Test
    void theProblemIsWordedInTheRequestLanguage() {
        ApiTest.Reply r = api.sendAs(null, api.request(location + "/verification-report.pdf")
                .header("Accept-Language", "fr").GET());

        r.assertProblem(422, "text-not-printable");
        assertThat(r.json().get("title").asText()).contains("police");
        assertThat(r.json().get("detail").asText()).contains("/city/name", "U+1F600", "champ du document city");
    }
}
