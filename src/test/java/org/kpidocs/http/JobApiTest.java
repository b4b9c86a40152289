package org.kpidocs.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kpidocs.auth.Role;
import org.kpidocs.job.JobWorker;
import org.kpidocs.render.VeraPdf;

/** {@code /api/v1/jobs}: accepted at once, worked on by the job worker, documents served when done. */
class JobApiTest {

    private static ApiTest.Api api;
    private static JobWorker worker;
    private static String lumeria;

    @BeforeAll
    static void start() throws Exception {
        api = ApiTest.Api.start(null, null, 5L << 20);
        var reports = api.dependencies().reports();
        worker = new JobWorker(api.database().jobs(), Map.of("verification-report.pdf", reports::pdf,
                "verification-report.html", reports::html), Clock.systemUTC(), "test-worker", Duration.ofSeconds(120),
                3, Duration.ofMillis(50)).start(1);
        lumeria = Files.readString(Path.of("samples/lumeria-2025.json"));
    }

    @AfterAll
    static void stop() {
        worker.close();
        api.close();
    }

    private static ApiTest.Reply post(String key, String path, String json) {
        return api.sendAs(key, HttpRequest.newBuilder(api.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static JsonNode waitUntilFinished(String href) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonNode job = api.get(href).json();
            if (job.get("progress").asInt() == 100) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job not finished in 60 s: " + api.get(href).body());
    }

    @Test
    void aJobRendersTheDocumentOfEveryDatasetAndServesEachOne() throws Exception {
        String a = api.post("/api/v1/datasets", lumeria).json().get("id").asText();
        String b = api.post("/api/v1/datasets", lumeria).json().get("id").asText();

        ApiTest.Reply accepted = api.post("/api/v1/jobs", "{\"document\": \"verification-report\", \"format\": \"pdf\","
                + " \"datasets\": [\"" + a + "\", \"" + b + "\"]}");

        assertThat(accepted.status()).isEqualTo(202);
        String href = accepted.headers().firstValue("Location").orElseThrow();
        href = href.substring(href.indexOf("/api/"));
        assertThat(accepted.json().get("counts").get("total").asInt()).isEqualTo(2);
        JsonNode done = waitUntilFinished(href);
        assertThat(done.get("status").asText()).isEqualTo("done");
        assertThat(done.get("items").findValuesAsText("worker")).containsOnly("test-worker");
        assertThat(done.get("items").findValuesAsText("dataset")).containsExactly(a, b);
        HttpResponse<byte[]> pdf = api.client().send(api.request(href + "/items/2").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(VeraPdf.pdfA3(pdf.body())).isEmpty();
        api.get(href + "/items/3").assertProblem(404, "job-item-not-found");
    }

    @Test
    void anItemWhoseTextNoFontCanPrintFailsForGoodOnItsFirstAttemptNamingTheCharacter() throws Exception {
        String emoji = api.post("/api/v1/datasets", lumeria.replace("\"name\": \"Lumeria\"",
                "\"name\": \"Lumeria \uD83D\uDE00\"")).json().get("id").asText();

        ApiTest.Reply accepted = api.post("/api/v1/jobs", "{\"document\": \"verification-report\", \"format\": \"pdf\","
                + " \"datasets\": [\"" + emoji + "\"]}");
        String href = accepted.headers().firstValue("Location").orElseThrow();
        JsonNode done = waitUntilFinished(href.substring(href.indexOf("/api/")));

        JsonNode item = done.get("items").get(0);
        assertThat(item.get("status").asText()).isEqualTo("failed");
        assertThat(item.get("attempts").asInt()).as("not retried: the text, not the service, is at fault").isEqualTo(1);
        assertThat(item.get("error").asText()).contains("/city/name", "U+1F600");
    }

    @Test
    void aJobRequestWithProblemsIsRefusedWithEveryProblemAndNothingIsStored() {
        ApiTest.Reply r = api.post("/api/v1/jobs", "{\"document\": \"city-poster\", \"format\": \"pdf\", \"lang\": \"xx\","
                + " \"datasets\": [\"00000000-0000-4000-8000-999999999999\", \"../../etc/passwd\"]}");

        r.assertProblem(422, "job-invalid");
        assertThat(r.json().get("errors").findValuesAsText("pointer"))
                .containsExactly("/document", "/lang", "/datasets/0", "/datasets/1");
        assertThat(r.json().get("errors").get(0).get("allowed").asText()).contains("verification-report.pdf");
        api.post("/api/v1/jobs", "{\"document\": \"verification-report\", \"format\": \"pdf\", \"datasets\": []}")
                .assertProblem(422, "job-invalid");
        api.post("/api/v1/jobs", "{\"document\": \"verification-report\", \"colour\": \"red\"}")
                .assertProblem(400, "job-request-malformed");
        api.get("/api/v1/jobs/00000000-0000-4000-8000-999999999999").assertProblem(404, "job-not-found");
        api.get("/api/v1/jobs/..%2F..%2Fetc").assertProblem(404, "job-not-found");
    }

    @Test
    void aVerifierAsksForJobsOnItsOwnDatasetsAndSeesOnlyItsOwnJobs() {
        String verifier = api.key(Role.VERIFIER, null);
        String other = api.key(Role.VERIFIER, null);
        String mine = post(verifier, "/api/v1/datasets", lumeria).json().get("id").asText();
        String notMine = api.post("/api/v1/datasets", lumeria).json().get("id").asText();

        ApiTest.Reply refused = post(verifier, "/api/v1/jobs", "{\"document\": \"verification-report\", \"format\":"
                + " \"html\", \"datasets\": [\"" + mine + "\", \"" + notMine + "\"]}");
        ApiTest.Reply accepted = post(verifier, "/api/v1/jobs", "{\"document\": \"verification-report\", \"format\":"
                + " \"html\", \"datasets\": [\"" + mine + "\"]}");

        refused.assertProblem(422, "job-invalid");
        assertThat(refused.json().get("errors").findValuesAsText("code")).containsExactly("job.dataset-not-yours");
        assertThat(accepted.status()).isEqualTo(202);
        String href = "/api/v1/jobs/" + accepted.json().get("id").asText();
        api.sendAs(other, HttpRequest.newBuilder(api.uri(href)).GET()).assertProblem(403, "forbidden-job");
        api.sendAs(api.key(Role.CITY, "Lumeria"), HttpRequest.newBuilder(api.uri(href)).GET())
                .assertProblem(403, "forbidden-role");
        api.sendAs(verifier, HttpRequest.newBuilder(api.uri(href)).GET()).assertJson(200);
    }
}
