package org.kpidocs.http;

import org.kpidocs.auth.Role;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.kpidocs.metrics.ServiceMetrics;

/** {@code /metrics}: the service's metrics in the Prometheus text format, for a scraper. */
@Allow(Role.SECRETARIAT)
@Path("/metrics")
public final class MetricsResource {

    static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";

    private final ServiceMetrics metrics;

    MetricsResource(ServiceMetrics metrics) {
        this.metrics = metrics;
    }

    @GET
    @Produces(TEXT_FORMAT)
    public String get() {
        return metrics.scrape();
    }
}
