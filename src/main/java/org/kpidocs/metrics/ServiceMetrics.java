package org.kpidocs.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.function.IntSupplier;
import org.kpidocs.render.RenderObserver;

/**
 * The service's metrics in the Prometheus text format: requests by route and status, render time,
 * pages and bytes by document kind, render queue depth and renders in progress, refusals by reason,
 * and the JVM's memory, GC and threads. Route labels are the route templates
 * ({@code /api/v1/datasets/{id}}), never the raw path, so the number of series stays bounded.
 */
public final class ServiceMetrics implements RenderObserver {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    public ServiceMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
    }

    /** Publishes the render pool's queue depth and renders in progress. */
    public void renderPool(IntSupplier queued, IntSupplier active) {
        Gauge.builder("kpidocs_render_queue_depth", queued::getAsInt)
                .description("Renders waiting for a render thread").register(registry);
        Gauge.builder("kpidocs_renders_active", active::getAsInt)
                .description("Renders in progress").register(registry);
    }

    /** One answered request. */
    public void request(String method, String route, int status, Duration time) {
        Timer.builder("kpidocs_http_requests")
                .description("HTTP requests by route template and status")
                .tag("method", method).tag("route", route).tag("status", String.valueOf(status))
                .register(registry).record(time);
    }

    @Override
    public void rendered(String kind, Duration time, int pages, int bytes) {
        Timer.builder("kpidocs_render").description("PDF render time by document kind").tag("kind", kind)
                .publishPercentiles(0.5, 0.99).register(registry).record(time);
        DistributionSummary.builder("kpidocs_render_pages").description("Pages per rendered document")
                .tag("kind", kind).register(registry).record(pages);
        DistributionSummary.builder("kpidocs_render_bytes").description("Bytes per rendered PDF").baseUnit("bytes")
                .tag("kind", kind).register(registry).record(bytes);
    }

    @Override
    public void refused(String kind, String reason) {
        Counter.builder("kpidocs_render_rejections").description("Renders refused: busy, timed-out, too-long")
                .tag("kind", kind).tag("reason", reason).register(registry).increment();
    }

    /** Everything, in the Prometheus text exposition format (version 0.0.4). */
    public String scrape() {
        return registry.scrape();
    }
}
