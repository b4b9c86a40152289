package org.kpidocs.http;

import org.kpidocs.auth.Role;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.kpidocs.catalogue.BenchmarkSet;

/**
 * {@code /api/v1/benchmarks}: the reference targets with their basis, source and confidence. Most are
 * derived from public standards or proposed, because the official U4SSC targets are unpublished; the
 * {@code confidence} of each says which.
 */
@Allow({Role.VERIFIER, Role.SECRETARIAT, Role.CITY})
@Path("/api/v1/benchmarks")
@Produces(MediaType.APPLICATION_JSON)
public final class BenchmarkResource {

    private final BenchmarkSet benchmarks;

    BenchmarkResource(BenchmarkSet benchmarks) {
        this.benchmarks = benchmarks;
    }

    record Item(String item, Double target, String direction, String unit, String confidence, String basis,
                String sourceUrl, String note) {
    }

    record BenchmarkList(String version, int count, List<Item> benchmarks) {
    }

    @GET
    public BenchmarkList list() {
        List<Item> items = benchmarks.all().stream().map(b -> {
            KpiView.BenchmarkView v = KpiView.BenchmarkView.of(b);
            return new Item(b.item().toString(), v.target(), v.direction(), v.unit(), v.confidence(), v.basis(),
                    v.sourceUrl(), v.note());
        }).toList();
        return new BenchmarkList(benchmarks.version(), items.size(), items);
    }
}
