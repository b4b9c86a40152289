package org.kpidocs.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.kpidocs.catalogue.Benchmark;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.DataPoint;
import org.kpidocs.catalogue.Kpi;

/** A KPI as the API shows it, with its reference benchmark (or one per data point). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record KpiView(String code, String compactCode, String href, String name, Named dimension, Named subDimension,
               CategoryView category, String type, String nature, String unit, String valueKind,
               List<String> sdgTargets, String evidence, Kpi.Inferred inferred, String source, String note,
               BenchmarkView benchmark, List<DataPointView> dataPoints) {

    record Named(String code, String name) {
    }

    record CategoryView(String key, String code, String name) {
    }

    record DataPointView(String name, String unit, String valueKind, BenchmarkView benchmark) {
    }

    /** A reference target; {@code target} null means "No Benchmark Available". */
    record BenchmarkView(Double target, String direction, String unit, String confidence, String basis,
                         String sourceUrl, String note) {
        static BenchmarkView of(Benchmark b) {
            return new BenchmarkView(b.target(), b.direction().id(), b.unit(), id(b.confidence()), b.basis(),
                    emptyToNull(b.sourceUrl()), emptyToNull(b.note()));
        }
    }

    static KpiView of(Kpi k, BenchmarkSet benchmarks) {
        List<DataPointView> points = k.dataPoints().stream().map(d -> dataPoint(k, d, benchmarks)).toList();
        return new KpiView(k.code().toString(), k.code().compact(), "/api/v1/kpis/" + k.code().compact(), k.name(),
                new Named(k.dimension().code(), k.dimension().displayName()),
                new Named(k.subDimension().code(), k.subDimension().displayName()),
                new CategoryView(k.category().key(), k.category().code(), k.category().displayName()),
                id(k.type()), k.nature() == null ? null : id(k.nature()), k.unit(), id(k.valueKind()), k.sdgTargets(),
                k.evidence().name(), k.inferred(), k.source(), emptyToNull(k.note()),
                k.hasDataPoints() ? null : BenchmarkView.of(benchmarks.find(k.items().get(0)).orElseThrow()),
                points.isEmpty() ? null : points);
    }

    private static DataPointView dataPoint(Kpi k, DataPoint d, BenchmarkSet benchmarks) {
        return new DataPointView(d.name(), d.unit(), id(d.valueKind()),
                BenchmarkView.of(benchmarks.find(d.ref(k.code())).orElseThrow()));
    }

    static String id(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
