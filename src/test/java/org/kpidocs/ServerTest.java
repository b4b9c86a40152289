package org.kpidocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole service as {@code kpidocs serve} runs it: real configuration, embedded H2 file, real port. */
class ServerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    Path dataDir;

    @Test
    void keepsAcceptedDatasetAcrossRestart() throws Exception {
        byte[] lumeria = Files.readAllBytes(Path.of("samples/lumeria-2025.json"));
        String id;
        String sha256;
        JsonNode before;
        try (Server server = start(Map.of())) {
            HttpResponse<String> created = send(server, HttpRequest.newBuilder(uri(server, "/api/v1/datasets"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(lumeria)));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            id = MAPPER.readTree(created.body()).get("id").asText();
            sha256 = MAPPER.readTree(created.body()).get("sha256").asText();
            before = getJson(server, "/api/v1/datasets/" + id);
        }

        try (Server server = start(Map.of())) {
            HttpResponse<String> r = send(server, HttpRequest.newBuilder(uri(server, "/api/v1/datasets/" + id)).GET());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/json"));
            JsonNode after = MAPPER.readTree(r.body());
            assertThat(after.get("id").asText()).isEqualTo(id);
            assertThat(after.get("version").asInt()).isEqualTo(1);
            assertThat(after.get("sha256").asText()).isEqualTo(sha256);
            assertThat(r.headers().firstValue("ETag")).contains("\"" + sha256 + "\"");
            assertThat(after.get("dataset").get("city").get("name").asText()).isEqualTo("Lumeria");
            assertThat(after.get("dataset").get("kpis")).hasSize(91);
            assertThat(after).isEqualTo(before);

            JsonNode list = getJson(server, "/api/v1/datasets");
            assertThat(list.get("total").asInt()).isEqualTo(1);
            JsonNode line = list.get("datasets").get(0);
            assertThat(line.get("id").asText()).isEqualTo(id);
            assertThat(line.get("city").asText()).isEqualTo("Lumeria");
            assertThat(line.get("reportingYear").asInt()).isEqualTo(2025);

            JsonNode assessment = getJson(server, "/api/v1/datasets/" + id + "/assessment");
            assertThat(assessment.get("datasetId").asText()).isEqualTo(id);
        }
    }

    @Test
    void servesHealthOnAFreePortWhenPortIsZero() throws Exception {
        try (Server server = start(Map.of())) {
            assertThat(server.port()).isPositive();
            JsonNode health = getJson(server, "/health");
            assertThat(health.get("status").asText()).isEqualTo("ok");
        }
        assertThat(dataDir.resolve("kpidocs.mv.db")).exists();
    }

    @Test
    void echoesTheRequestIdAndCountsRequestsAndRendersInItsMetrics() throws Exception {
        byte[] lumeria = Files.readAllBytes(Path.of("samples/lumeria-2025.json"));
        try (Server server = start(Map.of())) {
            HttpResponse<String> created = send(server, HttpRequest.newBuilder(uri(server, "/api/v1/datasets"))
                    .header("Content-Type", "application/json").header("X-Request-Id", "city-upload-42")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(lumeria)));
            assertThat(created.headers().firstValue("X-Request-Id")).contains("city-upload-42");
            String id = MAPPER.readTree(created.body()).get("id").asText();
            HttpResponse<String> report = send(server, HttpRequest.newBuilder(
                    uri(server, "/api/v1/datasets/" + id + "/verification-report.pdf")).GET());
            assertThat(report.statusCode()).isEqualTo(200);
            assertThat(report.headers().firstValue("X-Request-Id").orElse("")).as("a new id when none is given")
                    .matches("[0-9a-f-]{36}");
            HttpResponse<String> hostileId = send(server, HttpRequest.newBuilder(uri(server, "/health"))
                    .header("X-Request-Id", "<script>" + "x".repeat(100)).GET());
            assertThat(hostileId.headers().firstValue("X-Request-Id").orElse("")).matches("[0-9a-f-]{36}");
            send(server, HttpRequest.newBuilder(uri(server, "/api/v1/datasets/" + id + "/nothing-here")).GET());

            HttpResponse<String> metrics = send(server, HttpRequest.newBuilder(uri(server, "/metrics")).GET());

            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
            assertThat(metrics.body())
                    .contains("kpidocs_http_requests_seconds_count{method=\"POST\",route=\"/api/v1/datasets\",status=\"201\"} 1")
                    .contains("route=\"/api/v1/datasets/{id}/verification-report.{format: pdf|html}\",status=\"200\"")
                    .contains("route=\"unmatched\",status=\"404\"")
                    .contains("kpidocs_render_seconds_count{kind=\"verification-report\"}")
                    .contains("kpidocs_render_pages_sum{kind=\"verification-report\"}")
                    .contains("kpidocs_render_queue_depth 0.0")
                    .contains("jvm_memory_used_bytes")
                    .doesNotContain(id);
            assertThat(getJson(server, "/ready").get("status").asText()).isEqualTo("ready");
        }
    }

    @Test
    void aShutdownLetsARenderInProgressFinishAndAnswer() throws Exception {
        byte[] lumeria = Files.readAllBytes(Path.of("samples/lumeria-2025.json"));
        Server server = start(Map.of());
        java.util.concurrent.CompletableFuture<HttpResponse<byte[]>> report;
        boolean inProgress = false;
        try {
            HttpResponse<String> created = send(server, HttpRequest.newBuilder(uri(server, "/api/v1/datasets"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(lumeria)));
            String id = MAPPER.readTree(created.body()).get("id").asText();
            String key = Files.readString(dataDir.resolve(Server.FIRST_KEY_FILE)).strip();
            // The start-up warm-up renders a factsheet too; ours must be the only render in progress.
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (!send(server, HttpRequest.newBuilder(uri(server, "/metrics")).GET()).body()
                    .contains("kpidocs_render_seconds_count{kind=\"factsheet\"} 1")) {
                assertThat(System.nanoTime()).as("the warm-up's factsheet within 2 minutes").isLessThan(deadline);
                Thread.sleep(20);
            }
            report = CLIENT.sendAsync(HttpRequest.newBuilder(uri(server, "/api/v1/datasets/" + id + "/factsheet.pdf"))
                    .header("Authorization", "Bearer " + key).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            // Wait until the render is really in progress, then shut down under it.
            while (!report.isDone() && !inProgress && System.nanoTime() < deadline) {
                inProgress = send(server, HttpRequest.newBuilder(uri(server, "/metrics")).GET()).body()
                        .contains("kpidocs_renders_active 1.0");
            }
        } finally {
            server.close();
        }
        HttpResponse<byte[]> answered = report.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(inProgress).as("the shutdown began while the factsheet was rendering").isTrue();
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).startsWith("%PDF".getBytes());
    }

    @Test
    void refusesToStartWithInvalidSettingsNamingEveryVariable() {
        assertThatThrownBy(() -> Server.start(Config.fromEnvironment(Map.of("KPIDOCS_PORT", "abc",
                "KPIDOCS_PROT", "1", "KPIDOCS_DATA_DIR", dataDir.toString())), Clock.systemUTC()))
                .isInstanceOf(Config.ConfigException.class)
                .hasMessageContaining("KPIDOCS_PORT")
                .hasMessageContaining("KPIDOCS_PROT");
    }

    @Test
    void answersBodyOverConfiguredLimitWith413PayloadTooLargeProblem() throws Exception {
        byte[] lumeria = Files.readAllBytes(Path.of("samples/lumeria-2025.json"));
        try (Server server = start(Map.of("KPIDOCS_MAX_DATASET_BYTES", "4096"))) {
            HttpResponse<String> r = send(server, HttpRequest.newBuilder(uri(server, "/api/v1/datasets"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(lumeria)));
            assertPayloadTooLarge(r);
            assertThat(getJson(server, "/api/v1/datasets").get("total").asInt()).isZero();
        }
    }

    @Test
    void answersChunkedBodyOverConfiguredLimitWith413PayloadTooLargeProblem() throws Exception {
        byte[] lumeria = Files.readAllBytes(Path.of("samples/lumeria-2025.json"));
        try (Server server = start(Map.of("KPIDOCS_MAX_DATASET_BYTES", "4096"))) {
            HttpResponse<String> r = send(server, HttpRequest.newBuilder(uri(server, "/api/v1/datasets"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(lumeria))));
            assertPayloadTooLarge(r);
            assertThat(getJson(server, "/api/v1/datasets").get("total").asInt()).isZero();
        }
    }

    private static void assertPayloadTooLarge(HttpResponse<String> r) throws IOException {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode p = MAPPER.readTree(r.body());
        assertThat(p.get("type").asText()).as(r.body()).isEqualTo("urn:kpidocs:problem:payload-too-large");
        assertThat(p.get("detail").asText()).contains("4096");
    }

    private Server start(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("KPIDOCS_PORT", "0", "KPIDOCS_DATA_DIR", dataDir.toString()));
        env.putAll(extra);
        return Server.start(Config.fromEnvironment(env), Clock.systemUTC());
    }

    private static URI uri(Server server, String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private JsonNode getJson(Server server, String path) throws Exception {
        HttpResponse<String> r = send(server, HttpRequest.newBuilder(uri(server, path)).GET());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        return MAPPER.readTree(r.body());
    }

    /** Sends with the first secretariat key, which the first start wrote into the data directory. */
    private HttpResponse<String> send(Server server, HttpRequest.Builder request) throws Exception {
        request.header("Authorization", "Bearer " + Files.readString(dataDir.resolve(Server.FIRST_KEY_FILE)).strip());
        HttpResponse<String> r = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Content-Type").orElse("")).doesNotContainIgnoringCase("text/html");
        return r;
    }
}
