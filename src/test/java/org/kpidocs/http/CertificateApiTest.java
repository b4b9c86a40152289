package org.kpidocs.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kpidocs.dataset.DatasetChecker;
import org.kpidocs.dataset.DatasetService;
import org.kpidocs.document.certificate.CertificateFixture;
import org.kpidocs.document.certificate.CertificateService;
import org.kpidocs.document.report.VerificationReportRenderer;
import org.kpidocs.document.report.VerificationReportService;
import org.kpidocs.render.Templates;
import org.kpidocs.signing.PadesSigner;
import org.kpidocs.signing.SigningKey;
import org.kpidocs.storage.Database;

/**
 * The certificate routes on a real Grizzly port over an in-memory H2 registry, a clock the tests move
 * forward and the development key of a temporary folder.
 */
class CertificateApiTest {

    private static final Instant START = Instant.parse("2026-01-15T10:00:00Z");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final AtomicReference<Instant> NOW = new AtomicReference<>(START);
    private static final SigningKey KEY = CertificateFixture.key("api");

    private static ApiTest.Api api;
    private static Database database;
    private static URI base;

    @BeforeAll
    static void start() {
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return NOW.get();
            }
        };
        api = ApiTest.Api.start(null, null, 5L << 20, 20L << 20, clock, (datasets, db, c) ->
                new CertificateService(datasets, CertificateFixture.ASSESSOR, db.certificates(),
                        CertificateFixture.maker(KEY), c));
        database = api.database();
        base = api.base();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    // ---------------------------------------------------------------- issuance

    @Test
    void issuesOnceForADatasetVersionAndAnswersTheSameCertificateAfterwards() {
        String id = submit(lumeria());
        ApiTest.Reply first = post("/api/v1/datasets/" + id + "/certificate");
        first.assertJson(201);
        String number = first.json().get("number").asText();
        assertThat(number).matches("U4SSC-2026-\\d{6}-[0-9A-Z]");
        assertThat(first.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/certificates/" + number));
        assertThat(first.json().get("status").asText()).isEqualTo("valid");
        assertThat(first.json().get("city").asText()).isEqualTo("Lumeria");
        assertThat(first.json().get("signature").get("developmentKey").asBoolean()).isTrue();
        assertThat(first.json().get("signature").get("note").asText()).contains("not an official certificate");

        ApiTest.Reply again = post("/api/v1/datasets/" + id + "/certificate");
        again.assertJson(200);
        assertThat(again.json().get("number").asText()).isEqualTo(number);
        assertThat(again.json().get("sha256").asText()).isEqualTo(first.json().get("sha256").asText());
    }

    @Test
    void refusesWith409ListingEveryUnmetCondition() throws Exception {
        String id = submit(Files.readString(Path.of("samples/minimal.json")));
        ApiTest.Reply r = post("/api/v1/datasets/" + id + "/certificate");
        r.assertProblem(409, "certificate-conditions-unmet");
        assertThat(r.json().get("detail").asText()).contains(id).contains("3 condition(s)");
        assertThat(r.json().get("errors")).extracting(e -> e.get("code").asText()).containsExactly(
                "certificate.verification-not-completed", "certificate.verifier-missing", "certificate.no-verified-kpi");
        assertThat(r.json().get("errors")).extracting(e -> e.get("pointer").asText())
                .containsExactly("/verification/completedOn", "/verification/verifier", "/kpis");
        for (JsonNode e : r.json().get("errors")) {
            assertThat(e.get("detail").asText()).isNotBlank().doesNotStartWith("certificate.");
            assertThat(e.get("allowed").asText()).isNotBlank().doesNotStartWith("certificate.");
        }
        get("/api/v1/certificates").assertJson(200);
    }

    @Test
    void refusesAVerificationCompletedAfterTheDayOfIssue() {
        String id = submit(lumeria().replace("\"completedOn\": \"2025-10-31\"", "\"completedOn\": \"2026-03-01\""));
        ApiTest.Reply r = post("/api/v1/datasets/" + id + "/certificate");
        r.assertProblem(409, "certificate-conditions-unmet");
        assertThat(r.json().get("errors")).extracting(e -> e.get("code").asText())
                .containsExactly("certificate.verification-in-future");
    }

    @Test
    void answers404ForAnUnknownDataset() {
        post("/api/v1/datasets/00000000-0000-4000-8000-999999999999/certificate").assertProblem(404, "dataset-not-found");
    }

    @Test
    void supersedesTheCertificateOfAnEarlierVersionWhenTheDatasetChanged() {
        String id = submit(lumeria());
        String first = post("/api/v1/datasets/" + id + "/certificate").json().get("number").asText();
        put("/api/v1/datasets/" + id, lumeria().replace("\"reportDate\": \"2025-11\"", "\"reportDate\": \"2025-12\""))
                .assertJson(200);
        NOW.set(NOW.get().plusSeconds(60));
        ApiTest.Reply second = post("/api/v1/datasets/" + id + "/certificate");
        second.assertJson(201);
        String next = second.json().get("number").asText();
        assertThat(next).isNotEqualTo(first);
        assertThat(second.json().get("supersedes")).extracting(JsonNode::asText).containsExactly(first);
        assertThat(second.json().get("dataset").get("version").asInt()).isEqualTo(2);

        JsonNode old = get("/api/v1/certificates/" + first).json();
        assertThat(old.get("status").asText()).isEqualTo("superseded");
        assertThat(old.get("supersededBy").get("number").asText()).isEqualTo(next);
        assertThat(old.get("supersededBy").get("supersededAt").asText()).isNotBlank();

        ApiTest.Reply check = verify(pdf(first));
        assertThat(check.json().get("authentic").asBoolean()).isTrue();
        assertThat(check.json().get("status").asText()).isEqualTo("superseded");
    }

    // ---------------------------------------------------------------- registry

    @Test
    void showsStatusCityDatesAndTheHashOfTheIssuedPdf() {
        String number = issue();
        ApiTest.Reply r = get("/api/v1/certificates/" + number);
        r.assertJson(200);
        JsonNode c = r.json();
        assertThat(c.get("status").asText()).isEqualTo("valid");
        assertThat(c.get("country").asText()).isEqualTo("Portugal");
        assertThat(c.get("reportingYear").asInt()).isEqualTo(2025);
        assertThat(c.get("issuedAt").asText()).isNotBlank();
        assertThat(c.has("revocation")).isFalse();
        assertThat(c.get("sha256").asText()).isEqualTo(org.kpidocs.common.Sha256.hex(pdf(number)));
        assertThat(c.get("dataset").get("href").asText()).startsWith("/api/v1/datasets/");
        assertThat(get("/api/v1/certificates/" + number.toLowerCase()).json().get("number").asText()).isEqualTo(number);
    }

    @Test
    void servesTheIssuedPdfAndAnHtmlPreview() throws Exception {
        String number = issue();
        HttpResponse<byte[]> pdf = raw("/api/v1/certificates/" + number + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).contains("U4SSC-Certificate-Lumeria-" + number);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        HttpResponse<byte[]> html = raw("/api/v1/certificates/" + number + ".html");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'");
        assertThat(new String(html.body(), StandardCharsets.UTF_8)).contains(number, "Lumeria, Portugal", "<svg");
    }

    @Test
    void listsCertificatesNewestFirstWithPaging() {
        String older = issue();
        NOW.set(NOW.get().plusSeconds(5));
        String newer = issue();
        ApiTest.Reply r = get("/api/v1/certificates?limit=2&offset=0");
        r.assertJson(200);
        assertThat(r.json().get("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(r.json().get("certificates")).extracting(c -> c.get("number").asText()).containsExactly(newer, older);
        get("/api/v1/certificates?limit=0").assertProblem(400, "invalid-parameter");
    }

    @Test
    void tellsAMistypedNumberFromAnUnknownOne() {
        String number = issue();
        char last = number.charAt(number.length() - 1);
        String typo = number.substring(0, number.length() - 1) + (last == 'A' ? 'B' : 'A');
        get("/api/v1/certificates/" + typo).assertProblem(400, "certificate-number-check");
        get("/api/v1/certificates/U4SSC-2026-999999-" + checkOf(999_999)).assertProblem(404, "certificate-not-found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "..%2F..%2Fetc%2Fpasswd", "%2E%2E", "U4SSC-2026-1-A", "U4SSC-2026-000001-A.exe"})
    void refusesMalformedNumbersClearly(String path) {
        ApiTest.Reply r = get("/api/v1/certificates/" + path);
        assertThat(r.status()).isIn(400, 404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body()).doesNotContain("Exception");
        for (String suffix : new String[] {".pdf", ".html"}) {
            ApiTest.Reply d = get("/api/v1/certificates/" + path + suffix);
            assertThat(d.status()).isIn(400, 404);
            assertThat(d.contentType()).startsWith("application/problem+json");
        }
    }

    // ---------------------------------------------------------------- revocation

    @Test
    void revokesWithAReasonOnceAndForAll() {
        String number = issue();
        postJson("/api/v1/certificates/" + number + "/revoke", "{}").assertProblem(422, "revocation-reason-missing");
        postJson("/api/v1/certificates/" + number + "/revoke", "{\"reason\": \"  \"}")
                .assertProblem(422, "revocation-reason-missing");
        postJson("/api/v1/certificates/" + number + "/revoke", "{\"reason\": 7}").assertProblem(422, "revocation-reason-missing");
        postJson("/api/v1/certificates/" + number + "/revoke", "{nope").assertProblem(400, "revocation-unreadable");
        assertThat(get("/api/v1/certificates/" + number).json().get("status").asText()).isEqualTo("valid");

        ApiTest.Reply r = postJson("/api/v1/certificates/" + number + "/revoke", "{\"reason\": \"Data misreported\"}");
        r.assertJson(200);
        assertThat(r.json().get("status").asText()).isEqualTo("revoked");
        assertThat(r.json().get("revocation").get("reason").asText()).isEqualTo("Data misreported");
        assertThat(r.json().get("revocation").get("revokedAt").asText()).isNotBlank();

        ApiTest.Reply again = postJson("/api/v1/certificates/" + number + "/revoke", "{\"reason\": \"Other\"}");
        again.assertProblem(409, "certificate-already-revoked");
        assertThat(again.json().get("detail").asText()).contains("Data misreported");
        postJson("/api/v1/certificates/U4SSC-2026-999999-" + checkOf(999_999) + "/revoke", "{\"reason\": \"x\"}")
                .assertProblem(404, "certificate-not-found");
    }

    // ---------------------------------------------------------------- verification

    @Test
    void verifiesAnIssuedPdfAsAuthenticAndUnaltered() {
        String number = issue();
        ApiTest.Reply r = verify(pdf(number));
        r.assertJson(200);
        JsonNode v = r.json();
        assertThat(v.get("authentic").asBoolean()).isTrue();
        assertThat(v.get("unaltered").asBoolean()).isTrue();
        assertThat(v.get("number").asText()).isEqualTo(number);
        assertThat(v.get("status").asText()).isEqualTo("valid");
        assertThat(v.get("certificate").get("city").asText()).isEqualTo("Lumeria");
        assertThat(v.get("checks").get("signatureValid").asBoolean()).isTrue();
        assertThat(v.get("checks").get("signedByUs").asBoolean()).isTrue();
        assertThat(v.get("findings")).isEmpty();
    }

    @Test
    void findsOneChangedByteAnywhereInTheFile() {
        String number = issue();
        byte[] pdf = pdf(number);
        for (int i = 1; i <= 24; i++) {
            int at = (int) ((long) pdf.length * i / 25);
            byte[] changed = pdf.clone();
            changed[at] = (byte) (changed[at] == '0' ? '1' : '0');
            ApiTest.Reply r = verify(changed);
            r.assertJson(200);
            assertThat(r.json().get("authentic").asBoolean()).as("byte %d changed", at).isFalse();
            assertThat(r.json().get("unaltered").asBoolean()).as("byte %d changed", at).isFalse();
        }
    }

    @Test
    void refusesACopySignedWithAnotherKey() {
        String number = issue();
        SigningKey other = CertificateFixture.key("api-forger");
        // the forger takes the genuine page and signs it again: valid signature, not ours
        byte[] forged = new PadesSigner(other).sign(pdf(number), START, "forged", "nowhere");
        JsonNode v = verify(forged).json();
        assertThat(v.get("authentic").asBoolean()).isFalse();
        assertThat(v.get("checks").get("signatureValid").asBoolean()).isTrue();
        assertThat(v.get("checks").get("signedByUs").asBoolean()).isFalse();
        assertThat(v.get("findings")).extracting(f -> f.get("code").asText()).contains("other-signer");
    }

    @Test
    void answersAuthenticButRevokedForARevokedCertificate() {
        String number = issue();
        postJson("/api/v1/certificates/" + number + "/revoke", "{\"reason\": \"Withdrawn by the verifier\"}").assertJson(200);
        JsonNode v = verify(pdf(number)).json();
        assertThat(v.get("authentic").asBoolean()).isTrue();
        assertThat(v.get("status").asText()).isEqualTo("revoked");
        assertThat(v.get("certificate").get("revocation").get("reason").asText()).isEqualTo("Withdrawn by the verifier");
        assertThat(v.get("findings")).extracting(f -> f.get("code").asText()).containsExactly("revoked");
    }

    @Test
    void answersThatARandomPdfIsNotOurs() {
        String id = submit(lumeria());
        HttpResponse<byte[]> report = raw("/api/v1/datasets/" + id + "/verification-report.pdf");
        assertThat(report.statusCode()).isEqualTo(200);
        JsonNode v = verify(report.body()).json();
        assertThat(v.get("authentic").asBoolean()).isFalse();
        assertThat(v.get("checks").get("signed").asBoolean()).isFalse();
        assertThat(v.has("certificate")).isTrue();
        assertThat(v.get("certificate").isNull()).isTrue();
        assertThat(v.get("findings")).extracting(f -> f.get("code").asText()).contains("no-signature", "not-registered");
    }

    @Test
    void refusesAnUploadThatIsNotAPdfWithAClear4xx() {
        verify("{\"city\": \"not a pdf\"}".getBytes(StandardCharsets.UTF_8)).assertProblem(415, "not-a-pdf");
        verify(new byte[0]).assertProblem(415, "not-a-pdf");
    }

    @Test
    void answersThatADamagedPdfIsNotAuthentic() {
        ApiTest.Reply r = verify("%PDF-1.7 but nothing else".getBytes(StandardCharsets.US_ASCII));
        r.assertJson(200);
        assertThat(r.json().get("authentic").asBoolean()).isFalse();
        assertThat(r.json().get("findings")).extracting(f -> f.get("code").asText()).contains("damaged", "not-registered");
    }

    @Test
    void refusesAnUploadOverTheLimit() {
        verify(new byte[(1 << 20) + 1]).assertProblem(413, "payload-too-large");
    }

    @Test
    void publishesTheSigningCertificateForOfflineChecks() {
        HttpResponse<byte[]> r = raw("/api/v1/certificates/signing-certificate.pem");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(new String(r.body(), StandardCharsets.US_ASCII)).isEqualTo(KEY.certificatePem());
    }

    // ---------------------------------------------------------------- helpers

    private static String lumeria() {
        try {
            return Files.readString(Path.of("samples/lumeria-2025.json"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String submit(String json) {
        ApiTest.Reply r = postJson("/api/v1/datasets", json);
        r.assertJson(201);
        return r.json().get("id").asText();
    }

    /** A new dataset and its certificate number. */
    private static String issue() {
        ApiTest.Reply r = post("/api/v1/datasets/" + submit(lumeria()) + "/certificate");
        r.assertJson(201);
        return r.json().get("number").asText();
    }

    private static char checkOf(int sequence) {
        return org.kpidocs.document.certificate.CertificateNumber.of(2026, sequence).check();
    }

    private static byte[] pdf(String number) {
        HttpResponse<byte[]> r = raw("/api/v1/certificates/" + number + ".pdf");
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private static ApiTest.Reply verify(byte[] file) {
        return send(HttpRequest.newBuilder(base.resolve("/api/v1/certificates/verify"))
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(file)));
    }

    private static ApiTest.Reply get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    private static ApiTest.Reply post(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static ApiTest.Reply postJson(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static ApiTest.Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static ApiTest.Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = CLIENT.send(request.header("Authorization", "Bearer " + api.secretariatKey())
                    .timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new ApiTest.Reply(r.statusCode(), r.headers(), r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<byte[]> raw(String path) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer "
                    + api.secretariatKey()).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
