package org.kpidocs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several stateless instances on one PostgreSQL: a dataset accepted by one instance is rendered by
 * another, and a job survives {@code kill -9} of the instance that was working on it. Instance A is a
 * separate JVM (so that it can really be killed); B and C run in this JVM.
 */
class MultiInstanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    private String key;

    @Test
    void instancesShareDatasetsAndAJobSurvivesKillingTheInstanceWorkingOnIt() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE multi");
            }
            Map<String, String> shared = Map.of("KPIDOCS_DB_URL", pg.getJdbcUrl("postgres", "multi"),
                    "KPIDOCS_DB_USER", "postgres", "KPIDOCS_RENDER_TIME_LIMIT_SECONDS", "25",
                    "KPIDOCS_JOB_LEASE_SECONDS", "27");
            int portA = freePort();
            Process a = startProcess(shared, portA, "instance-a");
            try {
                URI baseA = URI.create("http://127.0.0.1:" + portA);
                waitUntilReady(baseA, a);
                key = Files.readString(dir.resolve("a").resolve(Server.FIRST_KEY_FILE)).strip();

                try (Server b = Server.start(config(shared, "b", "instance-b", 0), Clock.systemUTC())) {
                    URI baseB = URI.create("http://127.0.0.1:" + b.port());
                    byte[] lumeria = Files.readAllBytes(Path.of("samples/lumeria-2025.json"));

                    // Accepted by B, rendered by A.
                    String first = post(baseB, "/api/v1/datasets", lumeria).get("id").asText();
                    HttpResponse<byte[]> report = CLIENT.send(request(baseA,
                            "/api/v1/datasets/" + first + "/verification-report.pdf").GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    assertThat(report.statusCode()).isEqualTo(200);
                    assertThat(report.body()).startsWith("%PDF".getBytes());

                    // A job of eight reports, asked of B (which works on no jobs) and worked on by A.
                    List<String> ids = new ArrayList<>(List.of(first));
                    for (int i = 0; i < 7; i++) {
                        ids.add(post(baseB, "/api/v1/datasets", lumeria).get("id").asText());
                    }
                    String body = JSON.writeValueAsString(Map.of("document", "verification-report", "format", "pdf",
                            "datasets", ids));
                    String job = "/api/v1/jobs/" + post(baseB, "/api/v1/jobs", body.getBytes()).get("id").asText();

                    // Kill A the moment it has finished an item and is working on another.
                    JsonNode state = null;
                    for (int i = 0; i < 1200; i++) {
                        state = get(baseB, job);
                        if (count(state, "done") >= 1 && count(state, "running") == 1) {
                            break;
                        }
                        Thread.sleep(25);
                    }
                    a.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                    JsonNode atKill = get(baseB, job);
                    List<Integer> runningAtKill = positions(atKill, "running");
                    List<Integer> doneByA = positions(atKill, "done");
                    assertThat(runningAtKill).as("an item in A's hands when it was killed: %s", state).hasSize(1);
                    assertThat(doneByA).isNotEmpty();

                    // C takes over: the queued items at once, the one A held once its lease runs out.
                    try (Server c = Server.start(config(shared, "c", "instance-c", 1), Clock.systemUTC())) {
                        JsonNode done = null;
                        for (int i = 0; i < 1200; i++) {
                            done = get(baseB, job);
                            if (done.get("progress").asInt() == 100) {
                                break;
                            }
                            Thread.sleep(100);
                        }
                        assertThat(done.get("status").asText()).as("%s", done).isEqualTo("done");
                        for (JsonNode item : done.get("items")) {
                            int position = item.get("position").asInt();
                            if (runningAtKill.contains(position)) {
                                assertThat(item.get("worker").asText()).isEqualTo("instance-c");
                                assertThat(item.get("attempts").asInt()).isEqualTo(2);
                            } else if (doneByA.contains(position)) {
                                assertThat(item.get("worker").asText()).isEqualTo("instance-a");
                            }
                        }
                        HttpResponse<byte[]> taken = CLIENT.send(request(URI.create("http://127.0.0.1:" + c.port()),
                                job + "/items/" + runningAtKill.get(0)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                        assertThat(taken.statusCode()).isEqualTo(200);
                        assertThat(taken.body()).startsWith("%PDF".getBytes());
                    }
                }
            } finally {
                a.destroyForcibly();
            }
        }
    }

    private Config config(Map<String, String> shared, String name, String instance, int workers) throws IOException {
        Map<String, String> env = new HashMap<>(shared);
        env.put("KPIDOCS_PORT", "0");
        env.put("KPIDOCS_DATA_DIR", Files.createDirectories(dir.resolve(name)).toString());
        env.put("KPIDOCS_INSTANCE_NAME", instance);
        env.put("KPIDOCS_JOB_WORKERS", String.valueOf(workers));
        return Config.fromEnvironment(env);
    }

    private Process startProcess(Map<String, String> shared, int port, String instance) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve");
        pb.environment().putAll(shared);
        pb.environment().put("KPIDOCS_PORT", String.valueOf(port));
        pb.environment().put("KPIDOCS_DATA_DIR", Files.createDirectories(dir.resolve("a")).toString());
        pb.environment().put("KPIDOCS_INSTANCE_NAME", instance);
        pb.environment().put("KPIDOCS_JOB_WORKERS", "1");
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("instance-a.log").toFile());
        return pb.start();
    }

    private void waitUntilReady(URI base, Process process) throws Exception {
        for (int i = 0; i < 600; i++) {
            assertThat(process.isAlive()).as("instance A is running: %s", log()).isTrue();
            try {
                HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(base.resolve("/ready")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("instance A not ready in 60 s: " + log());
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("instance-a.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private HttpRequest.Builder request(URI base, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + key)
                .timeout(Duration.ofSeconds(60));
    }

    private JsonNode post(URI base, String path, byte[] body) throws Exception {
        HttpResponse<String> r = CLIENT.send(request(base, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 202);
        return JSON.readTree(r.body());
    }

    private JsonNode get(URI base, String path) throws Exception {
        HttpResponse<String> r = CLIENT.send(request(base, path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static long count(JsonNode job, String status) {
        return job.get("counts").get(status).asLong();
    }

    private static List<Integer> positions(JsonNode job, String status) {
        List<Integer> found = new ArrayList<>();
        for (JsonNode item : job.get("items")) {
            if (item.get("status").asText().equals(status)) {
                found.add(item.get("position").asInt());
            }
        }
        return found;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
