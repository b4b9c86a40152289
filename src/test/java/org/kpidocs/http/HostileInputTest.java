package org.kpidocs.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile input against the whole API (security reference): URLs of every kind and template and
 * markup injection in every free-text field that reaches a document, huge strings, deep JSON, invalid
 * UTF-8, non-finite numbers and path traversal in every id. Each gets a clear 4xx, or a document that
 * prints it literally; nothing is fetched, nothing leaks and nothing invalid is stored. (The Excel
 * cases are {@code WorkbookApiTest} and {@code HostileWorkbookTest}.)
 */
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Free-text fields of the dataset format that reach documents. */
    private static final Set<String> TEXT_FIELDS = Set.of("name", "country", "region", "description", "verifier",
            "organisation", "note", "dataOrigin", "sources", "auditResults", "policyRecommendations",
            "improvementOpportunities", "finding", "recommendation", "forewordBy", "acknowledgements", "title", "unit");

    private static ApiTest.Api api;
    private static ServerSocket trap;

    @BeforeAll
    static void start() throws IOException {
        api = ApiTest.Api.start(null, null, 5L << 20);
        trap = new ServerSocket(0);
        trap.setSoTimeout(300);
    }

    @AfterAll
    static void stop() throws IOException {
        trap.close();
        api.close();
    }

    /** Payloads that would fetch from this test's listening socket, in every form a deny-list gets wrong. */
    private static List<String> payloads() {
        int p = trap.getLocalPort();
        return List.of(
                "<img src=\"http://127.0.0.1:" + p + "/img\">",
                "<link rel=\"stylesheet\" href=\"HTTP://localhost:" + p + "/css\"/>",
                "<iframe src=\"http://[::ffff:127.0.0.1]:" + p + "/frame\"></iframe>",
                "<object data=\"http://2130706433:" + p + "/decimal\"></object>",
                "url(file:///etc/passwd) <img src=\"file:///etc/hostname\"/> jar:file:/tmp/x.jar!/y",
                "${7*7} #{7*7} <#assign x=\"pwned\">${x} ${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
                "</p><script>alert(1)</script><p>");
    }

    /** Lumeria with every free-text field replaced by a payload, in turn. */
    private static ObjectNode hostileLumeria() throws IOException {
        ObjectNode json = (ObjectNode) JSON.readTree(Path.of("samples/lumeria-2025.json").toFile());
        List<String> payloads = payloads();
        int[] next = {0};
        replace(json, payloads, next);
        return json;
    }

    private static void replace(JsonNode node, List<String> payloads, int[] next) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (TEXT_FIELDS.contains(e.getKey()) && e.getValue().isTextual()
                        && !(e.getKey().equals("name") && o.has("value") || e.getKey().equals("name") && o.has("reported"))) {
                    e.setValue(TextNode.valueOf(payloads.get(next[0]++ % payloads.size())));
                } else if (TEXT_FIELDS.contains(e.getKey()) && e.getValue() instanceof ArrayNode a && a.size() > 0
                        && a.get(0).isTextual()) {
                    for (int i = 0; i < a.size(); i++) {
                        a.set(i, TextNode.valueOf(payloads.get(next[0]++ % payloads.size())));
                    }
                } else {
                    replace(e.getValue(), payloads, next);
                }
            }
        } else if (node instanceof ArrayNode a) {
            a.forEach(child -> replace(child, payloads, next));
        }
    }

    private static ApiTest.Reply postRaw(byte[] body) {
        return api.send(HttpRequest.newBuilder(api.uri("/api/v1/datasets")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void payloadsInEveryTextFieldPrintLiterallyInEveryDocumentAndFetchNothing() throws Exception {
        ApiTest.Reply created = api.post("/api/v1/datasets", JSON.writeValueAsString(hostileLumeria()));
        created.assertJson(201);
        String id = created.json().get("id").asText();

        StringBuilder pdfText = new StringBuilder();
        for (String document : List.of("verification-report", "factsheet", "snapshot")) {
            for (String format : List.of("pdf", "html")) {
                HttpResponse<byte[]> r = api.client().send(api.request("/api/v1/datasets/" + id + "/" + document + "."
                        + format).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(r.statusCode()).as(document + "." + format).isEqualTo(200);
                if (format.equals("pdf")) {
                    pdfText.append(pdfText(r.body()));
                } else {
                    String html = new String(r.body(), StandardCharsets.UTF_8);
                    assertThat(html).as(document + ".html").doesNotContain("<script>alert").doesNotContain("<img src=\"http")
                            .doesNotContain("<iframe").doesNotContain("<link rel=\"stylesheet\" href=\"HTTP");
                    assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                            csp -> assertThat(csp).contains("default-src 'none'"));
                }
            }
        }
        assertThat(pdfText.toString()).contains("${7*7}", "<#assign x=\"pwned\">${x}", "<script>alert(1)</script>",
                "[::ffff:127.0.0.1]").doesNotContain(" 49 #");
        try {
            trap.accept().close();
            throw new AssertionError("A render connected to the test's socket");
        } catch (SocketTimeoutException expected) {
            // nothing connected: no fetch, in any form
        }
    }

    @Test
    void hugeStringsDeepJsonInvalidUtf8AndNonFiniteNumbersAreRefusedAndNothingIsStored() throws Exception {
        int before = api.total();
        ObjectNode huge = (ObjectNode) JSON.readTree(Path.of("samples/minimal.json").toFile());
        ((ObjectNode) huge.get("city")).put("name", "x".repeat(1 << 20));
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        byte[] invalidUtf8 = "{\"city\": {\"name\": \"\u00c5lesund\"}}".getBytes(StandardCharsets.UTF_8);
        invalidUtf8[invalidUtf8.length - 5] = (byte) 0xC3; // a lead byte followed by ASCII: not UTF-8
        String minimal = new String(java.nio.file.Files.readAllBytes(Path.of("samples/minimal.json")), StandardCharsets.UTF_8);
        String overflow = minimal.replaceFirst("\"value\": [0-9.]+", "\"value\": 1e309");
        String nan = minimal.replaceFirst("\"value\": [0-9.]+", "\"value\": NaN");
        assertThat(overflow).contains("1e309");
        assertThat(nan).contains("NaN");

        ApiTest.Reply tooLong = api.post("/api/v1/datasets", JSON.writeValueAsString(huge));
        ApiTest.Reply tooDeep = api.post("/api/v1/datasets", deep);
        ApiTest.Reply notUtf8 = postRaw(invalidUtf8);
        ApiTest.Reply infinite = api.post("/api/v1/datasets", overflow);
        ApiTest.Reply notANumber = api.post("/api/v1/datasets", nan);

        tooLong.assertProblem(422, "dataset-invalid");
        assertThat(tooLong.json().get("errors").findValuesAsText("pointer")).contains("/city/name");
        assertThat(tooLong.body().length()).as("the answer does not echo a megabyte").isLessThan(10_000);
        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(notUtf8.status()).isEqualTo(400);
        infinite.assertProblem(422, "dataset-invalid");
        assertThat(notANumber.status()).isEqualTo(400);
        for (ApiTest.Reply r : List.of(tooLong, tooDeep, notUtf8, infinite, notANumber)) {
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
        }
        assertThat(api.total()).isEqualTo(before);
        api.get("/health").assertJson(200);
    }

    @Test
    void pathTraversalInEveryIdIsAClearNotFoundOrBadRequest() {
        List<String> ids = List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc", "..", "00000000-0000-4000-8000-000000000001%00",
                "x".repeat(300), "%252e%252e%252f");
        List<String> templates = List.of("/api/v1/datasets/%s", "/api/v1/datasets/%s/versions/1",
                "/api/v1/datasets/%s/assessment", "/api/v1/datasets/%s/verification-report.pdf",
                "/api/v1/datasets/%s/factsheet.html", "/api/v1/datasets/%s/workbook.xlsx", "/api/v1/jobs/%s",
                "/api/v1/jobs/%s/items/1", "/api/v1/certificates/%s", "/api/v1/certificates/%s.pdf",
                "/api/v1/kpis/%s");
        List<String> wrong = new ArrayList<>();
        for (String template : templates) {
            for (String id : ids) {
                ApiTest.Reply r = api.get(String.format(template, id));
                if (r.status() != 400 && r.status() != 404 || !r.body().contains("urn:kpidocs:problem:")
                        || r.body().contains("root:")) {
                    wrong.add(String.format(template, id) + " → " + r.status() + " " + r.body());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
