package org.kpidocs.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The assessment answer carries the dataset's screening warnings beside the scores. */
class AssessmentApiTest {

    private static ApiTest.Api api;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        api = ApiTest.Api.start(null, null, 5L << 20);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void showsScreeningWarningsWithTheScores() throws Exception {
        String dataset = """
                {"city": {"name": "Testville", "country": "Norway", "population": 240000}, "reportingYear": 2025,
                 "kpis": [{"code": "SC: EH: H: 3C", "numerator": 900, "denominator": 300000, "verified": true}]}""";
        HttpResponse<String> created = CLIENT.send(api.request("/api/v1/datasets")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(dataset)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        String location = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
        HttpResponse<String> r = CLIENT.send(api.request(location + "/assessment").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(r.body());
        assertThat(body.get("overall").get("scored").asInt()).isEqualTo(1);
        assertThat(body.get("warnings")).anySatisfy(w -> {
            assertThat(w.get("code").asText()).isEqualTo("screening.population-differs");
            assertThat(w.get("pointer").asText()).isEqualTo("/kpis/0/denominator");
            assertThat(w.get("detail").asText()).contains("300000", "240000");
        });
    }
}
