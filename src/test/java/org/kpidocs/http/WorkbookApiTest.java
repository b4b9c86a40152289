package org.kpidocs.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.workbook.DataCollectionTemplate;
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
}
