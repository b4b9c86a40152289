package org.kpidocs.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.uri.UriTemplate;
import org.kpidocs.metrics.ServiceMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it is a sane token, else a new
 * one), echoes it in the answer, logs one access line per request with it, and counts the request in
 * the metrics by route template and status. Error logs written while the request runs carry the same
 * id through the logging context ({@code requestId}).
 */
@PreMatching
final class RequestObserver implements ContainerRequestFilter, ContainerResponseFilter {

    static final String HEADER = "X-Request-Id";
    private static final Logger ACCESS = LoggerFactory.getLogger("kpidocs.access");
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String START = "kpidocs.start";
    /** The request property holding the request id, for other filters. */
    static final String ID = "kpidocs.requestId";

    private final ServiceMetrics metrics;

    RequestObserver(ServiceMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        String id = given != null && SANE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.setProperty(START, System.nanoTime());
        request.setProperty(ID, id);
        MDC.put("requestId", id);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(ID);
        Object start = request.getProperty(START);
        if (id == null || start == null) {
            return;
        }
        response.getHeaders().putSingle(HEADER, id);
        Duration time = Duration.ofNanos(System.nanoTime() - (long) start);
        String route = route(request);
        metrics.request(request.getMethod(), route, response.getStatus(), time);
        ACCESS.info("request id={} method={} route={} status={} ms={}", id, request.getMethod(), route,
                response.getStatus(), time.toMillis());
        MDC.remove("requestId");
    }

    /** The matched route template, e.g. {@code /api/v1/datasets/{id}}; {@code unmatched} for unknown paths. */
    static String route(ContainerRequestContext request) {
        if (!(request.getUriInfo() instanceof ExtendedUriInfo info)) {
            return "unmatched";
        }
        List<UriTemplate> templates = info.getMatchedTemplates();
        if (templates.isEmpty()) {
            return "unmatched";
        }
        StringBuilder route = new StringBuilder();
        for (int i = templates.size() - 1; i >= 0; i--) {
            String t = templates.get(i).getTemplate();
            if (!t.startsWith("/") && route.length() > 0 && route.charAt(route.length() - 1) != '/') {
                route.append('/');
            }
            route.append(t);
        }
        String r = route.toString().replaceAll("/+", "/");
        return r.length() > 1 && r.endsWith("/") ? r.substring(0, r.length() - 1) : r;
    }
}
