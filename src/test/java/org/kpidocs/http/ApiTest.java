package org.kpidocs.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpidocs.assessment.Assessor;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.catalogue.Kpi;
import org.kpidocs.dataset.DatasetChecker;
import org.kpidocs.dataset.DatasetService;
import org.kpidocs.document.factsheet.FactsheetRenderer;
import org.kpidocs.document.factsheet.FactsheetService;
import org.kpidocs.document.report.VerificationReportRenderer;
import org.kpidocs.document.report.VerificationReportService;
import org.kpidocs.i18n.Messages;
import org.kpidocs.render.FontSet;
import org.kpidocs.render.PdfRenderer;
import org.kpidocs.render.Templates;
import org.kpidocs.storage.Database;
import org.kpidocs.storage.DatasetRecord;
import org.kpidocs.storage.DatasetStore;
import org.kpidocs.workbook.DataCollectionTemplates;
import org.kpidocs.auth.ApiKeys;
import org.kpidocs.auth.Role;
import org.kpidocs.document.certificate.CertificateFixture;
import org.kpidocs.document.certificate.CertificateService;
import org.kpidocs.job.JobService;
import org.kpidocs.metrics.ServiceMetrics;
import org.kpidocs.workbook.ScoredWorkbook;

/**
 * The HTTP API on a real Grizzly port, called with {@link HttpClient}: the pieces are wired as
 * {@code Server.start} wires them, over an in-memory H2 database, a fixed clock and predictable ids.
 * Every response of every test is checked not to be HTML.
 */
class ApiTest {

    private static final Instant NOW = Instant.parse("2025-12-01T10:00:00Z");
    private static final Path LUMERIA = Path.of("samples/lumeria-2025.json");
    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";
    private static final String TYPE = "urn:kpidocs:problem:";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static Catalogue catalogue;
    private static BenchmarkSet benchmarks;
    private static Api api;

    @BeforeAll
    static void startApi() {
        catalogue = Catalogue.load();
        benchmarks = BenchmarkSet.load(catalogue);
        api = Api.start(null, null, 5L << 20);
    }

    @AfterAll
    static void stopApi() {
        if (api != null) {
            api.close();
        }
    }

    // ---------------------------------------------------------------- KPI catalogue

    @Test
    void listsAll91KpisInPublishedOrder() {
        Reply r = api.get("/api/v1/kpis");
        r.assertJson(200);
        JsonNode body = r.json();
        assertThat(body.get("count").asInt()).isEqualTo(91);
        assertThat(body.get("catalogueVersion").asText()).isEqualTo(catalogue.version());
        assertThat(body.get("benchmarkSetVersion").asText()).isEqualTo(benchmarks.version());
        List<String> codes = codes(body);
        assertThat(codes).hasSize(91);
        assertThat(codes.get(0)).isEqualTo("EC: ICT: ICT: 1C");
        assertThat(codes.get(90)).isEqualTo("SC: SH: FS: 1A");
        assertThat(codes).containsExactlyElementsOf(catalogue.kpis().stream().map(k -> k.code().toString()).toList());
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource({
        "dimension, EN, 17",
        "dimension, Economy, 45",
        "dimension, sc, 29",
        "subDimension, EH, 12",
        "type, core, 55",
        "type, advanced, 36",
        "category, I/WS, 5",
        "category, Health, 6",
    })
    void filtersKpisByOneParameter(String parameter, String value, int expected) {
        Reply r = api.get("/api/v1/kpis?" + parameter + "=" + enc(value));
        r.assertJson(200);
        assertThat(r.json().get("count").asInt()).isEqualTo(expected);
        assertThat(r.json().get("kpis")).hasSize(expected);
    }

    @Test
    void filtersKpisByDimensionSoThatEveryResultIsInIt() {
        Reply r = api.get("/api/v1/kpis?dimension=EN");
        r.assertJson(200);
        for (JsonNode k : r.json().get("kpis")) {
            assertThat(k.get("dimension").get("code").asText()).isEqualTo("EN");
            assertThat(k.get("code").asText()).startsWith("EN: ");
        }
    }

    @Test
    void filtersWaterAndSanitationOfInfrastructureByCategoryKey() {
        Reply r = api.get("/api/v1/kpis?category=" + enc("I/WS"));
        r.assertJson(200);
        assertThat(codes(r.json())).containsExactly("EC: I: WS: 1C", "EC: I: WS: 2C", "EC: I: WS: 3C",
                "EC: I: WS: 4C", "EC: I: WS: 5C");
    }

    @Test
    void filtersHealthCategoryByNameIncludingElectronicHealthRecords() {
        Reply r = api.get("/api/v1/kpis?category=Health");
        r.assertJson(200);
        assertThat(codes(r.json())).hasSize(6).contains("SC: EH: ED: 5A", "SC: EH: H: 1C", "SC: EH: H: 5A");
    }

    @Test
    void combinesFiltersWithAnd() {
        Reply enCore = api.get("/api/v1/kpis?dimension=EN&type=core");
        enCore.assertJson(200);
        assertThat(codes(enCore.json())).hasSize(12).allMatch(c -> c.startsWith("EN: ") && c.endsWith("C"));

        Reply ehAdvanced = api.get("/api/v1/kpis?dimension=SC&subDimension=EH&type=advanced");
        ehAdvanced.assertJson(200);
        assertThat(codes(ehAdvanced.json()))
                .containsExactly("SC: EH: ED: 5A", "SC: EH: H: 4A", "SC: EH: H: 5A", "SC: EH: C: 2A");

        Reply healthCore = api.get("/api/v1/kpis?category=Health&type=core");
        healthCore.assertJson(200);
        assertThat(codes(healthCore.json())).containsExactly("SC: EH: H: 1C", "SC: EH: H: 2C", "SC: EH: H: 3C");

        Reply disjoint = api.get("/api/v1/kpis?dimension=EN&subDimension=EH");
        disjoint.assertJson(200);
        assertThat(disjoint.json().get("count").asInt()).isZero();
        assertThat(disjoint.json().get("kpis")).isEmpty();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "dimension, XX, 'EC (economy), EN (environment), SC (society and culture)'",
        "subDimension, ZZ, 'ICT (ict)'",
        "type, basic, 'core, advanced'",
        "category, Nope, 'I/WS'",
    })
    void rejectsUnknownFilterValueWith400ProblemNamingParameterAndAllowedValues(String parameter, String value,
                                                                                 String allowed) {
        Reply r = api.get("/api/v1/kpis?" + parameter + "=" + value);
        r.assertProblem(400, "invalid-parameter");
        String detail = r.json().get("detail").asText();
        assertThat(detail).contains("\"" + parameter + "\"").contains("\"" + value + "\"").contains("Allowed:")
                .contains(allowed);
    }

    @Test
    void servesOneKpiByUrlEncodedCanonicalCode() {
        Reply r = api.get("/api/v1/kpis/EC%3A%20ICT%3A%20ICT%3A%201C");
        r.assertJson(200);
        JsonNode k = r.json();
        assertThat(k.get("code").asText()).isEqualTo("EC: ICT: ICT: 1C");
        assertThat(k.get("compactCode").asText()).isEqualTo("EC-ICT-ICT-1C");
        assertThat(k.get("href").asText()).isEqualTo("/api/v1/kpis/EC-ICT-ICT-1C");
        assertThat(k.get("name").asText()).isEqualTo("Household Internet Access");
        assertThat(k.get("dimension").get("code").asText()).isEqualTo("EC");
        assertThat(k.get("subDimension").get("code").asText()).isEqualTo("ICT");
        assertThat(k.get("type").asText()).isEqualTo("core");
        assertThat(k.get("benchmark").get("confidence").asText()).isNotBlank();
        assertThat(k.has("dataPoints")).isFalse();
    }

    @Test
    void servesTheSameKpiByCompactAndLowerCaseCode() {
        JsonNode canonical = api.get("/api/v1/kpis/EC%3A%20ICT%3A%20ICT%3A%201C").json();
        Reply compact = api.get("/api/v1/kpis/EC-ICT-ICT-1C");
        compact.assertJson(200);
        assertThat(compact.json()).isEqualTo(canonical);
        Reply lower = api.get("/api/v1/kpis/ec-ict-ict-1c");
        lower.assertJson(200);
        assertThat(lower.json()).isEqualTo(canonical);
    }

    @Test
    void servesAirPollutionWithAllDataPointsEachWithABenchmark() {
        Reply r = api.get("/api/v1/kpis/EN-EN-AQ-1C");
        r.assertJson(200);
        JsonNode k = r.json();
        assertThat(k.get("code").asText()).isEqualTo("EN: EN: AQ: 1C");
        assertThat(k.has("benchmark")).isFalse();
        List<String> names = new ArrayList<>();
        for (JsonNode d : k.get("dataPoints")) {
            names.add(d.get("name").asText());
            assertThat(d.get("benchmark")).as(d.get("name").asText()).isNotNull();
            assertThat(d.get("benchmark").get("confidence").asText()).isNotBlank();
            assertThat(d.get("benchmark").get("direction").asText()).isNotBlank();
        }
        assertThat(names).containsExactly("PM10", "PM2.5", "NO2", "SO2", "O3");
    }

    @ParameterizedTest
    @CsvSource({"EC-ICT-ICT-9C", "garbage", "EC%3A%20ICT%3A%20ICT%3A%209C"})
    void rejectsUnknownKpiCodeWith404Problem(String code) {
        Reply r = api.get("/api/v1/kpis/" + code);
        r.assertProblem(404, "kpi-not-found");
        assertThat(r.json().get("detail").asText()).contains(catalogue.version()).contains("EC-ICT-ICT-1C");
        assertThat(r.json().get("instance").asText()).startsWith("/api/v1/kpis/");
    }

    // ---------------------------------------------------------------- benchmarks

    @Test
    void listsBenchmarksEachWithConfidenceAndTheOfficialFixedBroadbandTarget30() {
        Reply r = api.get("/api/v1/benchmarks");
        r.assertJson(200);
        JsonNode body = r.json();
        assertThat(body.get("version").asText()).isEqualTo(benchmarks.version());
        assertThat(body.get("count").asInt()).isEqualTo(benchmarks.all().size()).isEqualTo(body.get("benchmarks").size());
        assertThat(body.get("benchmarks").size()).isGreaterThanOrEqualTo(91);
        JsonNode broadband = null;
        for (JsonNode b : body.get("benchmarks")) {
            assertThat(b.path("confidence").asText()).as(b.path("item").asText())
                    .isIn("official", "derived", "proposed", "none");
            if ("EC: ICT: ICT: 2C".equals(b.get("item").asText())) {
                broadband = b;
            }
        }
        assertThat(broadband).isNotNull();
        assertThat(broadband.get("target").asDouble()).isEqualTo(30.0);
        assertThat(broadband.get("direction").asText()).isEqualTo("higher");
        assertThat(broadband.get("confidence").asText()).isEqualTo("official");
    }

    // ---------------------------------------------------------------- datasets

    @Test
    void acceptsLumeriaWith201LocationAndReceipt() {
        int before = api.total();
        Reply r = api.post("/api/v1/datasets", lumeria());
        r.assertJson(201);
        JsonNode receipt = r.json();
        String id = receipt.get("id").asText();
        assertThat(id).matches("00000000-0000-4000-8000-\\d{12}");
        assertThat(r.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/datasets/" + id));
        assertThat(receipt.get("version").asInt()).isEqualTo(1);
        assertThat(receipt.get("href").asText()).isEqualTo("/api/v1/datasets/" + id);
        assertThat(receipt.get("assessment").asText()).isEqualTo("/api/v1/datasets/" + id + "/assessment");
        assertThat(receipt.get("sha256").asText()).matches("[0-9a-f]{64}");
        assertThat(receipt.get("warnings").isArray()).isTrue();
        assertThat(r.header("ETag")).contains("\"" + receipt.get("sha256").asText() + "\"");
        assertThat(api.total()).isEqualTo(before + 1);
    }

    @Test
    void servesTheStoredDatasetAtItsLocation() {
        Reply created = api.post("/api/v1/datasets", lumeria());
        created.assertJson(201);
        String id = created.json().get("id").asText();

        Reply r = api.send(HttpRequest.newBuilder(api.base().resolve(created.header("Location").orElseThrow())).GET());
        r.assertJson(200);
        JsonNode view = r.json();
        assertThat(view.get("id").asText()).isEqualTo(id);
        assertThat(view.get("version").asInt()).isEqualTo(1);
        assertThat(view.get("createdAt").asText()).isEqualTo(NOW.toString());
        assertThat(view.get("updatedAt").asText()).isEqualTo(NOW.toString());
        assertThat(view.get("assessment").asText()).isEqualTo("/api/v1/datasets/" + id + "/assessment");
        JsonNode dataset = view.get("dataset");
        assertThat(dataset.get("city").get("name").asText()).isEqualTo("Lumeria");
        assertThat(dataset.get("city").get("country").asText()).isEqualTo("Portugal");
        assertThat(dataset.get("reportingYear").asInt()).isEqualTo(2025);
        assertThat(dataset.get("kpis")).hasSize(91);
        assertThat(view.get("sha256").asText()).isEqualTo(created.json().get("sha256").asText());
        assertThat(r.header("ETag")).contains("\"" + view.get("sha256").asText() + "\"");
        assertThat(view.get("warnings").isArray()).isTrue();
    }

    @Test
    void listsStoredDatasetsWithTotalCityAndReportingYear() {
        String id = api.post("/api/v1/datasets", lumeria()).json().get("id").asText();
        Reply r = api.get("/api/v1/datasets");
        r.assertJson(200);
        JsonNode list = r.json();
        assertThat(list.get("total").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(list.get("limit").asInt()).isEqualTo(100);
        assertThat(list.get("offset").asInt()).isZero();
        JsonNode line = find(list.get("datasets"), "id", id).orElseThrow();
        assertThat(line.get("city").asText()).isEqualTo("Lumeria");
        assertThat(line.get("country").asText()).isEqualTo("Portugal");
        assertThat(line.get("reportingYear").asInt()).isEqualTo(2025);
        assertThat(line.get("version").asInt()).isEqualTo(1);
        assertThat(line.get("href").asText()).isEqualTo("/api/v1/datasets/" + id);
    }

    @Test
    void assessesLumeriaWithOverallScoreDimensionsSummaryAndOverriddenTarget() {
        String id = api.post("/api/v1/datasets", lumeria()).json().get("id").asText();
        Reply r = api.get("/api/v1/datasets/" + id + "/assessment");
        r.assertJson(200);
        JsonNode a = r.json();
        assertThat(a.get("datasetId").asText()).isEqualTo(id);
        assertThat(a.get("datasetVersion").asInt()).isEqualTo(1);
        assertThat(a.get("city").asText()).isEqualTo("Lumeria");

        JsonNode overall = a.get("overall");
        int points = overall.get("points").asInt();
        int max = overall.get("maxPoints").asInt();
        assertThat(max).isPositive().isEqualTo(4 * overall.get("scored").asInt());
        assertThat(points).isBetween(max / 4, max);
        assertThat(overall.get("percentage").asDouble()).isCloseTo(points * 100.0 / max,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(overall.get("band").asText()).isIn("0-33", "33-66", "66-95", "95+");

        List<String> dimensions = new ArrayList<>();
        a.get("dimensions").forEach(d -> dimensions.add(d.get("name").asText()));
        assertThat(dimensions).containsExactly("Economy", "Environment", "Society and Culture");

        JsonNode all = a.get("summary").get("kpis").get("all");
        assertThat(all.get("total").asInt()).isEqualTo(91);
        assertThat(all.get("reported").asInt()).isEqualTo(81);
        assertThat(all.get("verified").asInt()).isEqualTo(74);
        assertThat(a.get("summary").get("notReported")).hasSize(10);

        JsonNode override = find(a.get("overriddenTargets"), "item", "EC: ICT: ICT: 2C").orElseThrow();
        assertThat(override.get("target").asDouble()).isEqualTo(50.0);
        assertThat(override.get("referenceTarget").asDouble()).isEqualTo(30.0);
    }

    @Test
    void replacesDatasetWithVersion2AndKeepsVersion1Readable() {
        Reply created = api.post("/api/v1/datasets", lumeria());
        String id = created.json().get("id").asText();
        String sha1 = created.json().get("sha256").asText();
        ObjectNode changed = (ObjectNode) lumeriaTree();
        ((ObjectNode) changed.get("city")).put("population", 250_000);

        Reply put = api.put("/api/v1/datasets/" + id, changed.toString());
        put.assertJson(200);
        assertThat(put.json().get("id").asText()).isEqualTo(id);
        assertThat(put.json().get("version").asInt()).isEqualTo(2);
        assertThat(put.json().get("sha256").asText()).isNotEqualTo(sha1);

        Reply latest = api.get("/api/v1/datasets/" + id);
        latest.assertJson(200);
        assertThat(latest.json().get("version").asInt()).isEqualTo(2);
        assertThat(latest.json().get("dataset").get("city").get("population").asLong()).isEqualTo(250_000);

        Reply v1 = api.get("/api/v1/datasets/" + id + "/versions/1");
        v1.assertJson(200);
        assertThat(v1.json().get("version").asInt()).isEqualTo(1);
        assertThat(v1.json().get("sha256").asText()).isEqualTo(sha1);
        assertThat(v1.json().get("dataset").get("city").get("population").asLong()).isEqualTo(240_000);

        Reply v2 = api.get("/api/v1/datasets/" + id + "/versions/2");
        v2.assertJson(200);
        assertThat(v2.json().get("dataset").get("city").get("population").asLong()).isEqualTo(250_000);

        Reply line = api.get("/api/v1/datasets");
        assertThat(find(line.json().get("datasets"), "id", id).orElseThrow().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void rejectsMissingDatasetVersionWith404Problem() {
        String id = api.post("/api/v1/datasets", lumeria()).json().get("id").asText();
        Reply r = api.get("/api/v1/datasets/" + id + "/versions/3");
        r.assertProblem(404, "dataset-version-not-found");
        assertThat(r.json().get("detail").asText()).contains(id).contains("3");
    }

    @Test
    void rejectsReplacementOfUnknownDatasetWith404Problem() {
        int before = api.total();
        Reply r = api.put("/api/v1/datasets/" + UUID.randomUUID(), lumeria());
        r.assertProblem(404, "dataset-not-found");
        assertThat(api.total()).isEqualTo(before);
    }

    @Test
    void rejectsInvalidReplacementWith422AndKeepsTheCurrentVersion() {
        Reply created = api.post("/api/v1/datasets", lumeria());
        String id = created.json().get("id").asText();
        Reply r = api.put("/api/v1/datasets/" + id, invalidDataset());
        r.assertProblem(422, "dataset-invalid");
        Reply latest = api.get("/api/v1/datasets/" + id);
        assertThat(latest.json().get("version").asInt()).isEqualTo(1);
        assertThat(latest.json().get("sha256").asText()).isEqualTo(created.json().get("sha256").asText());
    }

    @Test
    void checksDatasetWithoutStoringIt() {
        int before = api.total();
        Reply r = api.post("/api/v1/datasets/check", lumeria());
        r.assertJson(200);
        assertThat(r.json().get("warnings").isArray()).isTrue();
        assertThat(r.json().get("valid").asBoolean()).isTrue();
        assertThat(r.json().get("sha256").asText()).hasSize(64);
        assertThat(r.json().path("id").isNull() || r.json().path("id").isMissingNode()).isTrue();
        assertThat(r.header("Location")).isEmpty();
        assertThat(api.total()).isEqualTo(before);
    }

    @Test
    void checkAnswersAnInvalidDatasetWithTheSame422AsASubmission() {
        Reply check = api.post("/api/v1/datasets/check", invalidDataset());
        check.assertProblem(422, "dataset-invalid");
        Reply submit = api.post("/api/v1/datasets", invalidDataset());
        submit.assertProblem(422, "dataset-invalid");
        assertThat(check.json().get("errors")).isEqualTo(submit.json().get("errors"));
    }

    @Test
    void rejectsInvalidDatasetWith422ListingEveryErrorAndStoresNothing() {
        int before = api.total();
        Reply r = api.post("/api/v1/datasets", invalidDataset());
        r.assertProblem(422, "dataset-invalid");
        JsonNode errors = r.json().get("errors");
        assertThat(errors.isArray()).isTrue();
        assertThat(errors.size()).isGreaterThanOrEqualTo(2);
        assertThat(r.json().get("detail").asText()).contains(String.valueOf(errors.size())).contains("Nothing was stored");
        for (JsonNode e : errors) {
            assertThat(e.fieldNames()).toIterable().contains("pointer", "code", "detail", "allowed");
            assertThat(e.get("pointer").asText()).startsWith("/");
            assertThat(e.get("detail").asText()).isNotBlank();
            assertThat(e.get("allowed").asText()).isNotBlank();
        }
        JsonNode percent = find(errors, "code", "value.percent-range").orElseThrow();
        assertThat(percent.get("pointer").asText()).isEqualTo("/kpis/0/value");
        assertThat(percent.get("kpi").asText()).isEqualTo("EC: ICT: ICT: 1C");
        assertThat(percent.get("detail").asText()).contains("150");
        assertThat(percent.get("allowed").asText()).contains("0 to 100");
        JsonNode unknown = find(errors, "code", "kpi.unknown").orElseThrow();
        assertThat(unknown.get("pointer").asText()).startsWith("/kpis/1");
        assertThat(unknown.get("detail").asText()).contains("EC: ICT: ICT: 9C");
        assertThat(api.total()).isEqualTo(before);
    }

    /** Problems speak the first of the caller's languages the service speaks; codes, pointers and values stay as sent. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "fr-CH, en;q=0.5|jeu de données",
            "es|conjunto de datos",
            "de, ru;q=0.9|набор данных",
            "zh-CN|数据集",
            "ar|مجموعة البيانات",
            "de, it|dataset"})
    void wordsDatasetProblemsInTheFirstSupportedAcceptLanguage(String acceptLanguage, String word) {
        Reply r = api.send(HttpRequest.newBuilder(api.uri("/api/v1/datasets")).header("Content-Type", JSON)
                .header("Accept-Language", acceptLanguage).POST(HttpRequest.BodyPublishers.ofString(invalidDataset())));
        r.assertProblem(422, "dataset-invalid");
        String words = r.json().get("title").asText() + " " + r.json().get("detail").asText();
        assertThat(words.toLowerCase(java.util.Locale.ROOT)).contains(word);
        JsonNode percent = find(r.json().get("errors"), "code", "value.percent-range").orElseThrow();
        assertThat(percent.get("pointer").asText()).isEqualTo("/kpis/0/value");
        assertThat(percent.get("detail").asText()).contains("150");
    }

    @Test
    void rejectsMalformedJsonWith400NamingLineAndColumn() {
        int before = api.total();
        Reply r = api.post("/api/v1/datasets", "{\n  \"city\": {\"name\": \"X\",, }\n}");
        r.assertProblem(400, "malformed-json");
        assertThat(r.json().get("detail").asText()).matches("(?s)Malformed JSON at line 2, column \\d+: .+");
        assertThat(api.total()).isEqualTo(before);
    }

    @Test
    void rejectsEmptyBodyWith400MalformedJson() {
        Reply r = api.post("/api/v1/datasets", "");
        r.assertProblem(400, "malformed-json");
    }

    @Test
    void rejectsWrongContentTypeWith415Problem() {
        Reply r = api.send(HttpRequest.newBuilder(api.uri("/api/v1/datasets")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(lumeria())));
        r.assertProblem(415, "unsupported-media-type");
        assertThat(r.json().get("detail").asText()).contains("text/plain").contains("application/json");
    }

    @Test
    void rejectsUnsupportedMethodWith405ProblemAndAllowHeader() {
        Reply r = api.send(HttpRequest.newBuilder(api.uri("/api/v1/datasets")).DELETE());
        r.assertProblem(405, "method-not-allowed");
        assertThat(r.header("Allow")).hasValueSatisfying(a -> assertThat(a).contains("GET").contains("POST"));
        assertThat(r.json().get("detail").asText()).contains("DELETE");
    }

    @Test
    void answersUnknownRouteWith404Problem() {
        Reply r = api.get("/nope");
        r.assertProblem(404, "not-found");
        assertThat(r.json().get("detail").asText()).contains("/nope");
    }

    @Test
    void answersMalformedAndUnknownDatasetIdsWith404DatasetNotFound() {
        Reply garbage = api.get("/api/v1/datasets/not-a-uuid");
        garbage.assertProblem(404, "dataset-not-found");
        assertThat(garbage.json().get("detail").asText()).contains("not-a-uuid");

        String unknown = UUID.randomUUID().toString();
        Reply missing = api.get("/api/v1/datasets/" + unknown);
        missing.assertProblem(404, "dataset-not-found");
        assertThat(missing.json().get("detail").asText()).contains(unknown);

        api.get("/api/v1/datasets/" + unknown + "/assessment").assertProblem(404, "dataset-not-found");
        api.get("/api/v1/datasets/" + unknown + "/versions/1").assertProblem(404, "dataset-not-found");
    }

    @ParameterizedTest
    @CsvSource({"limit, 0", "limit, abc", "limit, 1001", "offset, -1"})
    void rejectsOutOfRangePagingParameterWith400(String parameter, String value) {
        Reply r = api.get("/api/v1/datasets?" + parameter + "=" + value);
        r.assertProblem(400, "invalid-parameter");
        assertThat(r.json().get("detail").asText()).contains("\"" + parameter + "\"").contains("\"" + value + "\"")
                .contains("a whole number from");
    }

    @Test
    void reportsHealthyAndReadyWhenTheDatabaseAnswers() {
        api.get("/ready").assertJson(200);
        Reply r = api.get("/health");
        r.assertJson(200);
        assertThat(r.json().get("status").asText()).isEqualTo("ok");
        assertThat(r.json().get("database").asText()).isEqualTo("up");
        assertThat(r.json().get("catalogue").asText()).isEqualTo(catalogue.version());
    }

    // ---------------------------------------------------------------- size limit

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithASmallSizeLimit {

        private static final long LIMIT = 4096;
        private Api small;

        @BeforeAll
        void start() {
            small = Api.start(null, null, LIMIT);
        }

        @AfterAll
        void stop() {
            if (small != null) {
                small.close();
            }
        }

        @Test
        void rejectsBodyOverTheLimitWith413WhenContentLengthIsDeclared() {
            assertThat(lumeria().getBytes(StandardCharsets.UTF_8).length).isGreaterThan((int) LIMIT);
            Reply r = small.post("/api/v1/datasets", lumeria());
            r.assertProblem(413, "payload-too-large");
            assertThat(r.json().get("detail").asText()).contains(String.valueOf(LIMIT));
            assertThat(small.total()).isZero();
        }

        @Test
        void rejectsChunkedBodyOverTheLimitWith413() {
            byte[] body = lumeria().getBytes(StandardCharsets.UTF_8);
            Reply r = small.send(HttpRequest.newBuilder(small.uri("/api/v1/datasets"))
                    .header("Content-Type", JSON)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
            r.assertProblem(413, "payload-too-large");
            assertThat(small.total()).isZero();
        }

        @Test
        void rejectsChunkedCheckOverTheLimitWith413() {
            byte[] body = lumeria().getBytes(StandardCharsets.UTF_8);
            Reply r = small.send(HttpRequest.newBuilder(small.uri("/api/v1/datasets/check"))
                    .header("Content-Type", JSON)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
            r.assertProblem(413, "payload-too-large");
        }

        @Test
        void acceptsBodyUnderTheLimit() throws IOException {
            String minimal = Files.readString(Path.of("samples/minimal.json"));
            Reply r = small.post("/api/v1/datasets", minimal);
            r.assertJson(201);
            small.get("/api/v1/datasets/" + r.json().get("id").asText()).assertJson(200);
        }
    }

    // ---------------------------------------------------------------- failures

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WhenTheStoreFails {

        private Api broken;

        @BeforeAll
        void start() {
            broken = Api.start(new FailingStore(), () -> false, 5L << 20);
        }

        @AfterAll
        void stop() {
            if (broken != null) {
                broken.close();
            }
        }

        @Test
        void answersUnexpectedFailureWith500ProblemWithErrorIdAndNoStackTrace() {
            Reply r = broken.get("/api/v1/datasets");
            assertInternalError(r);
        }

        @Test
        void answersFailedStoreOnSubmissionWith500Problem() {
            Reply r = broken.post("/api/v1/datasets", lumeria());
            assertInternalError(r);
        }

        @Test
        void givesEveryInternalErrorItsOwnId() {
            String first = broken.get("/api/v1/datasets").json().get("errorId").asText();
            String second = broken.get("/api/v1/datasets").json().get("errorId").asText();
            assertThat(first).isNotEqualTo(second);
        }

        @Test
        void isAliveButNotReadyWhenTheDatabaseDoesNotAnswer() {
            Reply ready = broken.get("/ready");
            ready.assertJson(503);
            assertThat(ready.json().get("status").asText()).isEqualTo("unavailable");
            assertThat(ready.json().get("database").asText()).isEqualTo("down");
            Reply health = broken.get("/health");
            health.assertJson(200);
            assertThat(health.json().get("database").asText()).isEqualTo("down");
        }

        @Test
        void stillServesTheCatalogue() {
            broken.get("/api/v1/kpis/EC-ICT-ICT-1C").assertJson(200);
        }

        private void assertInternalError(Reply r) {
            r.assertProblem(500, "internal-error");
            String errorId = r.json().get("errorId").asText();
            assertThat(errorId).matches("[0-9a-f]{16}");
            assertThat(r.json().get("detail").asText()).contains(errorId);
            assertThat(r.body()).doesNotContain("at org.").doesNotContain("Exception").doesNotContain("store is down")
                    .doesNotContain("FailingStore");
        }
    }

    // ---------------------------------------------------------------- helpers

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<String> codes(JsonNode list) {
        List<String> codes = new ArrayList<>();
        list.get("kpis").forEach(k -> codes.add(k.get("code").asText()));
        return codes;
    }

    private static Optional<JsonNode> find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.path(field).asText())) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    private static String lumeria() {
        try {
            return Files.readString(LUMERIA);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode lumeriaTree() {
        try {
            return MAPPER.readTree(lumeria());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A percentage over 100 and an unknown KPI code. */
    private static String invalidDataset() {
        return """
                {"city": {"name": "Nowhere", "country": "Portugal"},
                 "reportingYear": 2025,
                 "kpis": [{"code": "EC: ICT: ICT: 1C", "value": 150},
                          {"code": "EC: ICT: ICT: 9C", "value": 1}]}
                """;
    }

    /** One response, checked never to be HTML. */
    record Reply(int status, HttpHeaders headers, String body) {

        Reply {
            assertThat(headers.firstValue("Content-Type").orElse("")).as("Content-Type of a %d response", status)
                    .doesNotContainIgnoringCase("text/html");
            assertThat(body).as("body of a %d response", status).doesNotContainIgnoringCase("<html");
        }

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }

        void assertJson(int expected) {
            assertThat(status).as("status; body %s", body).isEqualTo(expected);
            assertThat(contentType()).startsWith(JSON);
            json();
        }

        void assertProblem(int expected, String slug) {
            assertThat(status).as("status; body %s", body).isEqualTo(expected);
            assertThat(contentType()).startsWith(PROBLEM);
            JsonNode p = json();
            assertThat(p.path("type").asText()).as("type; body %s", body).isEqualTo(TYPE + slug);
            assertThat(p.path("status").asInt()).isEqualTo(expected);
            assertThat(p.path("title").asText()).isNotBlank();
            assertThat(p.path("detail").asText()).isNotBlank();
        }
    }

    /** One running API over its own in-memory database. */
    static final class Api implements AutoCloseable {

        private static final AtomicLong DATABASES = new AtomicLong();
        private static final PdfRenderer RENDERER = new PdfRenderer(FontSet.load());
        /** Shared by every test server, so that each language's template is generated once per test run. */
        private static final DataCollectionTemplates TEMPLATES =
                new DataCollectionTemplates(Catalogue.load(), BenchmarkSet.load(Catalogue.load()));

        private final HttpServer http;
        private final Database database;
        private final URI base;
        private final ApiKeys keys;
        /** The key {@link #send} uses unless told otherwise. */
        private final String secretariat;

        private ApiApplication.Dependencies dependencies;

        private Api(HttpServer http, Database database, ApiKeys keys) {
            this.http = http;
            this.database = database;
            this.base = URI.create("http://127.0.0.1:" + http.getListeners().iterator().next().getPort() + "/");
            this.keys = keys;
            this.secretariat = keys.create(Role.SECRETARIAT, null, "tests").secret();
        }

        /** A request to {@code path} carrying the secretariat key, for tests that use their own client. */
        HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + secretariat);
        }

        Database database() {
            return database;
        }

        /** The HTTP/1.1 client the tests share. */
        HttpClient client() {
            return CLIENT;
        }

        /** What the API was built from, to enumerate its routes. */
        ApiApplication.Dependencies dependencies() {
            return dependencies;
        }

        /** Submits a sample dataset file with the secretariat key; answers its path, {@code /api/v1/datasets/<id>}. */
        String submit(Path sample) throws IOException {
            Reply created = post("/api/v1/datasets", Files.readString(sample));
            created.assertJson(201);
            return URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
        }

        /** A GET with the secretariat key and extra headers (name, value, …), the body as bytes (documents). */
        HttpResponse<byte[]> getBytes(String path, String... headers) throws IOException, InterruptedException {
            HttpRequest.Builder b = request(path).GET();
            for (int i = 0; i < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        /** A new key of a role (and city, for a city key). */
        String key(Role role, String city) {
            return keys.create(role, city, "tests").secret();
        }

        ApiKeys keys() {
            return keys;
        }

        /**
         * @param store    null for the in-memory H2 store
         * @param health   null for the database's own check
         */
        static Api start(DatasetStore store, BooleanSupplier health, long maxDatasetBytes) {
            return start(store, health, maxDatasetBytes, 20L << 20);
        }

        static Api start(DatasetStore store, BooleanSupplier health, long maxDatasetBytes, long maxWorkbookBytes) {
            return start(store, health, maxDatasetBytes, maxWorkbookBytes, Clock.fixed(NOW, ZoneOffset.UTC),
                    (datasets, database, clock) -> new CertificateService(datasets, CertificateFixture.ASSESSOR,
                            database.certificates(), CertificateFixture.maker(CertificateFixture.key("api-test")), clock));
        }

        /** Makes the certificate service of a test API from its dataset service, database and clock. */
        interface Certificates {
            CertificateService create(DatasetService datasets, Database database, Clock clock);
        }

        static Api start(DatasetStore store, BooleanSupplier health, long maxDatasetBytes, long maxWorkbookBytes,
                         Clock clock, Certificates certificates) {
            Catalogue catalogue = Catalogue.load();
            BenchmarkSet benchmarks = BenchmarkSet.load(catalogue);
            Database database = Database.open("jdbc:h2:mem:apitest-" + DATABASES.incrementAndGet() + "-"
                    + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                    + "DB_CLOSE_DELAY=-1", "", "", 4);
            AtomicLong ids = new AtomicLong();
            ApiKeys keys = new ApiKeys(database.apiKeys(), clock);
            DatasetService datasets = new DatasetService(new DatasetChecker(catalogue, benchmarks),
                    store == null ? database.datasets() : store, clock,
                    () -> String.format("00000000-0000-4000-8000-%012d", ids.incrementAndGet()));
            Assessor assessor = new Assessor(catalogue, benchmarks);
            Messages words = new Messages("report-templates/messages/documents");
            var reports = new VerificationReportService(datasets, new VerificationReportRenderer(assessor, catalogue,
                    benchmarks, new Templates(words), RENDERER, words));
            var factsheets = new FactsheetService(datasets, new FactsheetRenderer(assessor, catalogue, benchmarks,
                    new Templates(words), RENDERER, words));
            var deps = new ApiApplication.Dependencies(catalogue, benchmarks, datasets, assessor, reports,
                    health == null ? database::isReachable : health, maxDatasetBytes, maxWorkbookBytes, TEMPLATES,
                    new ScoredWorkbook(catalogue, benchmarks, datasets, assessor, new Messages("messages/api")),
                    new ServiceMetrics(), keys, new JobService(database.jobs(), datasets,
                            Map.of("verification-report.pdf", reports::pdf, "verification-report.html", reports::html),
                            clock, () -> UUID.randomUUID().toString()), factsheets,
                    certificates.create(datasets, database, clock), 1L << 20, database.audit(), clock,
                    org.kpidocs.document.DocumentLanguage.Digits.LATIN);
            HttpServer http = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
                    ApiApplication.create(deps), true);
            http.getServerConfiguration().setDefaultErrorPageGenerator(new FallbackErrorPage(maxDatasetBytes,
                    "KPIDOCS_MAX_DATASET_BYTES"));
            Api api = new Api(http, database, keys);
            api.dependencies = deps;
            return api;
        }

        URI base() {
            return base;
        }

        /** The secretariat key {@link #send} uses. */
        String secretariatKey() {
            return secretariat;
        }

        URI uri(String path) {
            return base.resolve(path);
        }

        Reply get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        Reply post(String path, String json) {
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", JSON)
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        Reply put(String path, String json) {
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", JSON)
                    .PUT(HttpRequest.BodyPublishers.ofString(json)));
        }

        /** Sends with the secretariat key. */
        Reply send(HttpRequest.Builder request) {
            return sendAs(secretariat, request);
        }

        /** Sends with {@code key} as the bearer token; null sends no key. */
        Reply sendAs(String key, HttpRequest.Builder request) {
            if (key != null) {
                request.header("Authorization", "Bearer " + key);
            }
            try {
                HttpResponse<String> r = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                return new Reply(r.statusCode(), r.headers(), r.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** The {@code total} of the dataset list. */
        int total() {
            Reply r = get("/api/v1/datasets");
            r.assertJson(200);
            return r.json().get("total").asInt();
        }

        @Override
        public void close() {
            http.shutdownNow();
            database.close();
        }
    }

    /** A store whose every method fails, as a broken database would. */
    static final class FailingStore implements DatasetStore {

        private static RuntimeException down() {
            return new IllegalStateException("store is down");
        }

        @Override
        public void create(DatasetRecord record) {
            throw down();
        }

        @Override
        public boolean addVersion(DatasetRecord record) {
            throw down();
        }

        @Override
        public Optional<DatasetRecord> latest(String id) {
            throw down();
        }

        @Override
        public Optional<DatasetRecord> version(String id, int version) {
            throw down();
        }

        @Override
        public List<DatasetRecord> list(int limit, int offset, Scope scope) {
            throw down();
        }

        @Override
        public int count(Scope scope) {
            throw down();
        }

        @Override
        public List<DatasetRecord> list(int limit, int offset) {
            throw down();
        }

        @Override
        public int count() {
            throw down();
        }
    }
}
