package org.kpidocs.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.Request;
import org.kpidocs.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line of defence: errors that escape Jersey (or happen in Grizzly before it) would
 * otherwise be answered with Grizzly's HTML page and a stack trace. This answers problem+json with
 * only an error id instead, and logs the cause under that id.
 */
public final class FallbackErrorPage implements ErrorPageGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(FallbackErrorPage.class);

    private final Messages messages = new Messages("messages/api");
    private final ObjectMapper json = new ObjectMapper();
    private final long maxBodyBytes;
    private final String variable;

    /**
     * @param maxBodyBytes the body limit Grizzly enforces itself, named when it refuses a body
     * @param variable     the setting that raises that limit
     */
    public FallbackErrorPage(long maxBodyBytes, String variable) {
        this.maxBodyBytes = maxBodyBytes;
        this.variable = variable;
    }

    @Override
    public String generate(Request request, int status, String reasonPhrase, String description, Throwable e) {
        request.getResponse().setContentType(ProblemMapper.PROBLEM_JSON);
        Problem problem;
        if (status >= 500) {
            String id = ErrorIds.next();
            LOG.error("Error id {} while handling {} {}", id, request.getMethod(), request.getRequestURI(), e);
            problem = new Problem(Problem.TYPE_PREFIX + "internal-error",
                    messages.format(Locale.ENGLISH, "problem.internal-error.title"), status,
                    messages.format(Locale.ENGLISH, "problem.internal-error.detail", id), null, id, null);
        } else if (status == 413) {
            // Grizzly refuses a declared Content-Length over its maximum before Jersey sees the request.
            problem = new Problem(Problem.TYPE_PREFIX + "payload-too-large",
                    messages.format(Locale.ENGLISH, "problem.payload-too-large.title"), status,
                    messages.format(Locale.ENGLISH, "problem.payload-too-large.detail", String.valueOf(maxBodyBytes),
                            variable),
                    null, null, null);
        } else {
            problem = new Problem(Problem.TYPE_PREFIX + "bad-request",
                    messages.format(Locale.ENGLISH, "problem.bad-request.title"), status,
                    messages.format(Locale.ENGLISH, "problem.bad-request.detail"), null, null, null);
        }
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException ex) {
            return "{\"status\":" + status + "}";
        }
    }
}
