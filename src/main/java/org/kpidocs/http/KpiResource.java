package org.kpidocs.http;

import org.kpidocs.auth.Role;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.catalogue.Category;
import org.kpidocs.catalogue.Dimension;
import org.kpidocs.catalogue.Kpi;
import org.kpidocs.catalogue.KpiType;
import org.kpidocs.catalogue.SubDimension;

/** {@code /api/v1/kpis}: the catalogue, filterable, and one KPI by code. */
@Allow({Role.VERIFIER, Role.SECRETARIAT, Role.CITY})
@Path("/api/v1/kpis")
@Produces(MediaType.APPLICATION_JSON)
public final class KpiResource {

    private final Catalogue catalogue;
    private final BenchmarkSet benchmarks;

    KpiResource(Catalogue catalogue, BenchmarkSet benchmarks) {
        this.catalogue = catalogue;
        this.benchmarks = benchmarks;
    }

    /** The catalogue listing, ordered as published. */
    record KpiList(String catalogueVersion, String benchmarkSetVersion, int count, List<KpiView> kpis) {
    }

    /**
     * Lists KPIs. Every filter is optional and exact: {@code dimension} (EC or Economy…),
     * {@code subDimension} (ICT or "Education, Health and Culture"…), {@code category} (a code such
     * as WS, a key such as I/WS, or a name), {@code type} (core or advanced).
     */
    @GET
    public KpiList list(@QueryParam("dimension") String dimension, @QueryParam("subDimension") String subDimension,
                        @QueryParam("category") String category, @QueryParam("type") String type) {
        Predicate<Kpi> filter = k -> true;
        if (dimension != null) {
            Dimension d = parse("dimension", dimension, Dimension::find, names(Dimension.values(), Dimension::code));
            filter = filter.and(k -> k.dimension() == d);
        }
        if (subDimension != null) {
            SubDimension s = parse("subDimension", subDimension, SubDimension::find,
                    names(SubDimension.values(), SubDimension::code));
            filter = filter.and(k -> k.subDimension() == s);
        }
        if (category != null) {
            List<Category> matches = catalogue.categories().stream().filter(c -> matches(c, category)).toList();
            if (matches.isEmpty()) {
                throw new ProblemException(400, "invalid-parameter", "category", category,
                        String.join(", ", catalogue.categories().stream().map(Category::key).toList())
                                + " (or a category code or name)");
            }
            filter = filter.and(k -> matches.contains(k.category()));
        }
        if (type != null) {
            KpiType t = parse("type", type, v -> Arrays.stream(KpiType.values())
                    .filter(x -> x.name().equalsIgnoreCase(v.strip())).findFirst(), "core, advanced");
            filter = filter.and(k -> k.type() == t);
        }
        List<KpiView> kpis = catalogue.kpis().stream().filter(filter).map(k -> KpiView.of(k, benchmarks)).toList();
        return new KpiList(catalogue.version(), benchmarks.version(), kpis.size(), kpis);
    }

    /** One KPI; the code may be URL-encoded canonical ({@code EC%3A%20ICT%3A%20ICT%3A%201C}) or compact. */
    @GET
    @Path("{code}")
    public KpiView get(@PathParam("code") String code) {
        return catalogue.find(code).map(k -> KpiView.of(k, benchmarks))
                .orElseThrow(() -> new ProblemException(404, "kpi-not-found", code, catalogue.version()));
    }

    private static boolean matches(Category c, String wanted) {
        String w = wanted.strip();
        return c.key().equalsIgnoreCase(w) || c.code().equalsIgnoreCase(w) || c.displayName().equalsIgnoreCase(w);
    }

    private static <T> T parse(String parameter, String value, Function<String, Optional<T>> find, String allowed) {
        return find.apply(value).orElseThrow(() -> new ProblemException(400, "invalid-parameter", parameter, value,
                allowed));
    }

    private static <E extends Enum<E>> String names(E[] values, Function<E, String> code) {
        return String.join(", ", Arrays.stream(values)
                .map(v -> code.apply(v) + " (" + v.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")").toList());
    }
}
