package org.kpidocs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Certificates in the whole service as {@code kpidocs serve} runs it, across a restart. */
class CertificateServerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path dataDir;

    @Test
    void aCertificateIssuedBeforeARestartStillVerifiesAfterIt() throws Exception {
        String number;
        byte[] pdf;
        try (Server server = start()) {
            HttpResponse<byte[]> created = send(server, "/api/v1/datasets", HttpRequest.newBuilder()
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofFile(Path.of("samples/lumeria-2025.json"))));
            String id = MAPPER.readTree(created.body()).get("id").asText();
            HttpResponse<byte[]> issued = send(server, "/api/v1/datasets/" + id + "/certificate",
                    HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(issued.statusCode()).isEqualTo(201);
            JsonNode c = MAPPER.readTree(issued.body());
            assertThat(c.get("signature").get("developmentKey").asBoolean()).isTrue();
            number = c.get("number").asText();
            pdf = send(server, "/api/v1/certificates/" + number + ".pdf", HttpRequest.newBuilder().GET()).body();
        }
        assertThat(dataDir.resolve("certificate-signing-development.p12")).isRegularFile();

        try (Server server = start()) {
            HttpResponse<byte[]> checked = send(server, "/api/v1/certificates/verify", HttpRequest.newBuilder()
                    .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(pdf)));
            JsonNode v = MAPPER.readTree(checked.body());
            assertThat(v.get("authentic").asBoolean()).as(v.toString()).isTrue();
            assertThat(v.get("number").asText()).isEqualTo(number);
            assertThat(v.get("status").asText()).isEqualTo("valid");
        }
    }

    private Server start() {
        return Server.start(Config.fromEnvironment(Map.of("KPIDOCS_PORT", "0", "KPIDOCS_DATA_DIR", dataDir.toString())),
                Clock.systemUTC());
    }

    /** Sends with the first secretariat key, which the first start wrote into the data directory. */
    private HttpResponse<byte[]> send(Server server, String path, HttpRequest.Builder request) throws Exception {
        request.header("Authorization", "Bearer " + java.nio.file.Files.readString(
                dataDir.resolve(Server.FIRST_KEY_FILE)).strip());
        return CLIENT.send(request.uri(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
