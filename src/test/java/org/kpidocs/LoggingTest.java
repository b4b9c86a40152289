package org.kpidocs;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** KPIDOCS_LOG_FORMAT=json: one JSON object per line, the request id among its fields. */
class LoggingTest {

    @AfterEach
    void restore() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        new ContextInitializer(context).autoConfig();
        MDC.clear();
    }

    @Test
    void writesEachEventAsOneJsonObjectWithTheRequestId() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Logging.json(out);

        MDC.put("requestId", "city-upload-42");
        LoggerFactory.getLogger("kpidocs.access").info("request id={} status={}", "city-upload-42", 201);
        MDC.remove("requestId");
        LoggerFactory.getLogger(LoggingTest.class).warn("no request here");

        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        JsonNode first = new ObjectMapper().readTree(lines[lines.length - 2]);
        JsonNode second = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertThat(first.get("level").asText()).isEqualTo("INFO");
        assertThat(first.get("loggerName").asText()).isEqualTo("kpidocs.access");
        assertThat(first.get("mdc").get("requestId").asText()).isEqualTo("city-upload-42");
        assertThat(first.get("formattedMessage").asText()).isEqualTo("request id=city-upload-42 status=201");
        assertThat(second.get("level").asText()).isEqualTo("WARN");
        assertThat(second.path("mdc").path("requestId").isMissingNode()).isTrue();
    }
}
