package org.kpidocs.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/templates/data-collection.xlsx} over real HTTP. */
class TemplateApiTest {

    private static ApiTest.Api api;
    // HTTP/1.1: the JDK client otherwise asks for an h2c upgrade, which Grizzly leaves hanging on bodies.
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        api = ApiTest.Api.start(null, null, 5L << 20);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = api.request(path).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The header of the KPI Data sheet's final value column (H2): a word every language translates. */
    private static String valueHeader(byte[] xlsx) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return wb.getSheet("KPI Data").getRow(1).getCell(7).getStringCellValue();
        }
    }

    @Test
    void servesTheBlankTemplateAsAnXlsxAttachment() throws Exception {
        HttpResponse<byte[]> r = get("/api/v1/templates/data-collection.xlsx");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(r.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"U4SSC-Data-Collection-Template.xlsx\"");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.headers().firstValue("ETag")).isPresent();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            assertThat(wb.getSheet("KPI Data")).isNotNull();
            assertThat(wb.getSheet("Instructions").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("kpidocs-template/1");
        }
    }

    @Test
    void servesTheSameBytesEveryTime() throws Exception {
        HttpResponse<byte[]> first = get("/api/v1/templates/data-collection.xlsx");
        HttpResponse<byte[]> second = get("/api/v1/templates/data-collection.xlsx");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
    }

    @Test
    void answersAnUnknownTemplateWithAProblemNotAFile() throws Exception {
        HttpResponse<byte[]> r = get("/api/v1/templates/other.xlsx");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).doesNotContain("spreadsheetml");
    }

    @Test
    void servesTheTemplateInTheLanguageOfLangWithTheLanguageInTheFileName() throws Exception {
        HttpResponse<byte[]> r = get("/api/v1/templates/data-collection.xlsx?lang=fr");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"U4SSC-Data-Collection-Template-fr.xlsx\"");
        assertThat(r.headers().firstValue("Vary")).hasValueSatisfying(v -> assertThat(v).contains("Accept-Language"));
        assertThat(valueHeader(r.body())).isEqualTo("Valeur finale (prioritaire)");

        HttpResponse<byte[]> arabic = get("/api/v1/templates/data-collection.xlsx?lang=ar-u-nu-arab");
        assertThat(arabic.statusCode()).isEqualTo(200);
        assertThat(arabic.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"U4SSC-Data-Collection-Template-ar.xlsx\"");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(arabic.body()))) {
            assertThat(wb.getSheet("KPI Data").isRightToLeft()).isTrue();
        }
        assertThat(arabic.headers().firstValue("ETag")).isNotEqualTo(r.headers().firstValue("ETag"));
    }

    @Test
    void fallsBackToAcceptLanguageThenEnglishAndLangWinsOverIt() throws Exception {
        HttpResponse<byte[]> chinese = get("/api/v1/templates/data-collection.xlsx", "Accept-Language", "de-CH, zh-CN;q=0.8");
        assertThat(chinese.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"U4SSC-Data-Collection-Template-zh.xlsx\"");
        assertThat(valueHeader(chinese.body())).isEqualTo("最终值（优先）");
        HttpResponse<byte[]> none = get("/api/v1/templates/data-collection.xlsx", "Accept-Language", "de, it;q=0.5");
        assertThat(valueHeader(none.body())).isEqualTo("Final value (overrides)");
        HttpResponse<byte[]> both = get("/api/v1/templates/data-collection.xlsx?lang=es", "Accept-Language", "ru");
        assertThat(valueHeader(both.body())).isEqualTo("Valor final (prevalece)");
    }

    @Test
    void refusesAnUnknownLanguageListingTheSupportedOnes() throws Exception {
        HttpResponse<byte[]> r = get("/api/v1/templates/data-collection.xlsx?lang=xx");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode p = new ObjectMapper().readTree(r.body());
        assertThat(p.get("type").asText()).isEqualTo("urn:kpidocs:problem:invalid-parameter");
        assertThat(p.get("detail").asText()).contains("lang", "xx", "en, ar, zh, fr, ru, es");
    }
}
