package org.kpidocs.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kpidocs.auth.Role;

/** The audit log: every change, by whom, with its outcome; every refused key; no reads. */
class AuditApiTest {

    private static ApiTest.Api api;

    @BeforeAll
    static void start() {
        api = ApiTest.Api.start(null, null, 5L << 20);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void recordsChangesAndRefusalsWithTheirActorAndOutcomeButNotReads() throws Exception {
        String verifier = api.key(Role.VERIFIER, null);
        String verifierId = verifier.substring(8, 16);
        ApiTest.Reply created = api.sendAs(verifier, HttpRequest.newBuilder(api.uri("/api/v1/datasets"))
                .header("Content-Type", "application/json").header("X-Request-Id", "audit-demo-1")
                .POST(HttpRequest.BodyPublishers.ofString(Files.readString(Path.of("samples/lumeria-2025.json")))));
        String id = created.json().get("id").asText();
        api.sendAs(verifier, HttpRequest.newBuilder(api.uri("/api/v1/datasets/" + id)).GET()).assertJson(200);
        api.sendAs(null, HttpRequest.newBuilder(api.uri("/api/v1/datasets")).GET()).assertProblem(401, "unauthenticated");
        api.sendAs(verifier, HttpRequest.newBuilder(api.uri("/api/v1/audit")).GET()).assertProblem(403, "forbidden-role");
        api.post("/api/v1/datasets", "{\"city\": {}}").assertProblem(422, "dataset-invalid");

        JsonNode log = api.get("/api/v1/audit").json();

        List<String> lines = new ArrayList<>();
        for (JsonNode e : log.get("events")) {
            lines.add(e.path("actor").asText("-") + " " + e.get("action").asText() + " " + e.get("outcome").asInt());
        }
        assertThat(lines).containsSubsequence(
                api.secretariatKey().substring(8, 16) + " POST /api/v1/datasets 422",
                verifierId + " GET /api/v1/audit 403",
                "- GET /api/v1/datasets 401",
                verifierId + " POST /api/v1/datasets 201");
        assertThat(lines).noneMatch(l -> l.contains("GET /api/v1/datasets/{id} 200"));
        JsonNode upload = log.get("events").get(3);
        assertThat(upload.get("requestId").asText()).isEqualTo("audit-demo-1");
        assertThat(upload.get("detail").asText()).contains("/api/v1/datasets/" + id);
        assertThat(log.get("total").asInt()).isGreaterThanOrEqualTo(4);
    }
}
