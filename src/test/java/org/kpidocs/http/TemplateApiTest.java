package org.kpidocs.http;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return CLIENT.send(api.request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
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
}
