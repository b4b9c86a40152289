package org.kpidocs.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.workbook.DataCollectionTemplate;
import org.kpidocs.workbook.HostileWorkbooks;
import org.kpidocs.workbook.WorkbookFixture;

/** {@code POST /api/v1/datasets} with a filled Data Collection Template as the raw body. */
class WorkbookApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ApiTest.Api api;

    @BeforeAll
    static void start() {
        api = ApiTest.Api.start(null, null, 5L << 20);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static ApiTest.Reply postXlsx(byte[] body) {
        return api.send(HttpRequest.newBuilder(api.uri("/api/v1/datasets"))
                .header("Content-Type", DataCollectionTemplate.MEDIA_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Lumeria without benchmark overrides, findings, local KPIs, publication texts and whole-KPI notes on data-point KPIs (not in the template). */
    private static ObjectNode lumeria() throws Exception {
        ObjectNode json = (ObjectNode) JSON.readTree(Path.of("samples/lumeria-2025.json").toFile());
        json.remove("benchmarkOverrides");
        json.remove("findings");
        json.remove("localKpis");
        json.remove("publication");
        json.path("kpis").forEach(k -> {
            if (k.has("dataPoints")) {
                ((ObjectNode) k).remove("note");
            }
        });
        return json;
    }

    @Test
    void aFilledWorkbookIsStoredAsTheSameDatasetAsItsJson() throws Exception {
        Catalogue catalogue = Catalogue.load();
        ObjectNode json = lumeria();
        XSSFWorkbook workbook = WorkbookFixture.blank(catalogue, BenchmarkSet.load(catalogue));
        WorkbookFixture.fill(workbook, json);

        ApiTest.Reply fromWorkbook = postXlsx(WorkbookFixture.bytes(workbook));
        fromWorkbook.assertJson(201);
        String location = fromWorkbook.headers().firstValue("Location").orElseThrow();
        assertThat(fromWorkbook.json().get("href").asText()).isNotBlank();
        ApiTest.Reply fromJson = api.post("/api/v1/datasets", JSON.writeValueAsString(json));
        fromJson.assertJson(201);

        JsonNode a = api.get(location.substring(location.indexOf("/api/"))).json();
        JsonNode b = api.get(fromJson.json().get("href").asText()).json();
        assertThat(a.get("dataset")).isEqualTo(b.get("dataset"));
        assertThat(a.get("sha256")).isEqualTo(b.get("sha256"));
    }

    @Test
    void bytesThatAreNoWorkbookAreAProblemAndNothingIsStored() {
        int before = api.total();
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        for (byte[] body : new byte[][] {random, "code,value\nEC: ICT: ICT: 1C,91.4\n".getBytes(StandardCharsets.UTF_8),
                new byte[0]}) {
            ApiTest.Reply r = postXlsx(body);
            assertThat(r.status()).isBetween(400, 499);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
            assertThat(r.body()).contains("workbook-unreadable");
        }
        assertThat(api.total()).isEqualTo(before);
    }

    @Test
    void aRejectedWorkbookNamesTheCell() throws Exception {
        Catalogue catalogue = Catalogue.load();
        XSSFWorkbook workbook = WorkbookFixture.blank(catalogue, BenchmarkSet.load(catalogue));
        WorkbookFixture.fill(workbook, lumeria());
        WorkbookFixture.kpiCell(workbook, "EC: ICT: ICT: 2C", "VALUE", 120);
        int row = WorkbookFixture.itemRow(workbook, "EC: ICT: ICT: 2C") + 1;

        ApiTest.Reply r = postXlsx(WorkbookFixture.bytes(workbook));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").findValuesAsText("cell")).contains("'KPI Data'!H" + row);
    }

    private static ApiTest.Reply postForm(ApiTest.Api target, String part, String fileName, String type, byte[] content) {
        String boundary = "kpidocs-test-boundary-5f2c";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nfrom a browser\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return target.send(HttpRequest.newBuilder(target.uri("/api/v1/datasets"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    @Test
    void aWorkbookOrAJsonFileUploadedFromAFormIsStoredLikeTheRawBody() throws Exception {
        Catalogue catalogue = Catalogue.load();
        ObjectNode json = lumeria();
        XSSFWorkbook workbook = WorkbookFixture.blank(catalogue, BenchmarkSet.load(catalogue));
        WorkbookFixture.fill(workbook, json);

        // Browsers often send application/octet-stream: the content decides.
        ApiTest.Reply fromForm = postForm(api, "file", "lumeria.xlsx", "application/octet-stream",
                WorkbookFixture.bytes(workbook));
        ApiTest.Reply jsonFromForm = postForm(api, "file", "lumeria.json", "application/json",
                JSON.writeValueAsBytes(json));
        ApiTest.Reply raw = api.post("/api/v1/datasets", JSON.writeValueAsString(json));

        fromForm.assertJson(201);
        jsonFromForm.assertJson(201);
        raw.assertJson(201);
        assertThat(fromForm.json().get("sha256")).isEqualTo(raw.json().get("sha256"));
        assertThat(jsonFromForm.json().get("sha256")).isEqualTo(raw.json().get("sha256"));
    }

    @Test
    void aFormWithoutAFilePartIsABadRequestNamingThePart() {
        int before = api.total();

        ApiTest.Reply r = postForm(api, "upload", "lumeria.xlsx", "application/octet-stream", new byte[] {1, 2, 3});

        r.assertProblem(400, "form-file-missing");
        assertThat(r.json().get("detail").asText()).contains("\"file\"");
        assertThat(api.total()).isEqualTo(before);
    }

    @Test
    void hostileOrBrokenFilesAreRefusedNothingIsStoredAndTheServiceStaysHealthy(@TempDir Path dir) throws Exception {
        Catalogue catalogue = Catalogue.load();
        Path secret = java.nio.file.Files.writeString(dir.resolve("secret.txt"), HostileWorkbooks.SECRET);
        int before = api.total();

        for (var c : HostileWorkbooks.all(catalogue, BenchmarkSet.load(catalogue), secret).entrySet()) {
            for (ApiTest.Reply r : List.of(postXlsx(c.getValue()),
                    postForm(api, "file", "upload.xlsx", "application/octet-stream", c.getValue()))) {
                assertThat(r.status()).as(c.getKey()).isEqualTo(400);
                assertThat(r.json().get("type").asText()).as(c.getKey()).endsWith("workbook-unreadable");
                assertThat(r.body()).as(c.getKey()).doesNotContain(HostileWorkbooks.SECRET).doesNotContain("Exception");
            }
        }

        assertThat(api.total()).isEqualTo(before);
        api.get("/health").assertJson(200);
        XSSFWorkbook fine = WorkbookFixture.blank(catalogue, BenchmarkSet.load(catalogue));
        WorkbookFixture.fill(fine, lumeria());
        postXlsx(WorkbookFixture.bytes(fine)).assertJson(201);
    }

    @Test
    void aWorkbookOverTheLimitIs413NamingTheSettingAndNothingIsStored() {
        ApiTest.Api small = ApiTest.Api.start(null, null, 5L << 20, 64 << 10);
        try {
            byte[] big = new byte[100 << 10];
            new Random(3).nextBytes(big);
            big[0] = 'P';
            big[1] = 'K';

            ApiTest.Reply raw = small.send(HttpRequest.newBuilder(small.uri("/api/v1/datasets"))
                    .header("Content-Type", DataCollectionTemplate.MEDIA_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(big)));
            ApiTest.Reply form = postForm(small, "file", "big.xlsx", "application/octet-stream", big);

            raw.assertProblem(413, "payload-too-large");
            form.assertProblem(413, "payload-too-large");
            assertThat(raw.json().get("detail").asText()).contains("65536").contains("KPIDOCS_MAX_WORKBOOK_BYTES");
            assertThat(small.total()).isZero();
        } finally {
            small.close();
        }
    }

    @Test
    void theScoredWorkbookOfADatasetDownloadsAsAnAttachmentAndAnUnknownDatasetIs404() throws Exception {
        ApiTest.Reply posted = api.post("/api/v1/datasets", JSON.writeValueAsString(lumeria()));
        posted.assertJson(201);
        String href = posted.json().get("href").asText();

        ApiTest.Reply r = api.get(href + "/workbook.xlsx");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).isEqualTo(DataCollectionTemplate.MEDIA_TYPE);
        assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"U4SSC-Scored-Workbook-Lumeria-2025-v1.xlsx\"");
        assertThat(r.body()).startsWith("PK");
        api.get("/api/v1/datasets/00000000-0000-4000-8000-999999999999/workbook.xlsx")
                .assertProblem(404, "dataset-not-found");
        api.get("/api/v1/datasets/..%2F..%2Fetc%2Fpasswd/workbook.xlsx").assertProblem(404, "dataset-not-found");
    }

    @Test
    void theScoredWorkbookFollowsLangThenAcceptLanguageAndRefusesAnUnknownLanguage() throws Exception {
        ApiTest.Reply posted = api.post("/api/v1/datasets", JSON.writeValueAsString(lumeria()));
        posted.assertJson(201);
        String href = posted.json().get("href").asText();

        ApiTest.Reply arabic = api.get(href + "/workbook.xlsx?lang=ar");
        assertThat(arabic.status()).isEqualTo(200);
        assertThat(arabic.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"U4SSC-Scored-Workbook-Lumeria-2025-v1-ar.xlsx\"");
        assertThat(arabic.headers().firstValue("Vary").orElse("")).contains("Accept-Language");
        ApiTest.Reply russian = api.send(HttpRequest.newBuilder(api.uri(href + "/workbook.xlsx"))
                .header("Accept-Language", "ru-RU").GET());
        assertThat(russian.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"U4SSC-Scored-Workbook-Lumeria-2025-v1-ru.xlsx\"");
        ApiTest.Reply unknown = api.get(href + "/workbook.xlsx?lang=tlh");
        unknown.assertProblem(400, "invalid-parameter");
        assertThat(unknown.json().get("detail").asText()).contains("tlh", "en, ar, zh, fr, ru, es");
    }
}
