package org.kpidocs.assessment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kpidocs.assessment.Assessment.CategoryResult;
import org.kpidocs.assessment.Assessment.DataPointResult;
import org.kpidocs.assessment.Assessment.DimensionResult;
import org.kpidocs.assessment.Assessment.ItemResult;
import org.kpidocs.assessment.Assessment.KpiResult;
import org.kpidocs.assessment.Assessment.Reporting;
import org.kpidocs.assessment.Assessment.SubDimensionResult;
import org.kpidocs.catalogue.Benchmark;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.catalogue.Category;
import org.kpidocs.catalogue.DataPoint;
import org.kpidocs.catalogue.Dimension;
import org.kpidocs.catalogue.ItemRef;
import org.kpidocs.catalogue.Kpi;
import org.kpidocs.catalogue.SubDimension;
import org.kpidocs.catalogue.ValueKind;
import org.kpidocs.dataset.Dataset;

/** Scores datasets against the catalogue and the reference benchmark set. Stateless and thread-safe. */
public final class Assessor {

    private final Catalogue catalogue;
    private final BenchmarkSet benchmarks;

    public Assessor(Catalogue catalogue, BenchmarkSet benchmarks) {
        this.catalogue = catalogue;
        this.benchmarks = benchmarks;
    }

    /** Scores one dataset version. */
    public Assessment assess(String datasetId, int datasetVersion, Dataset dataset) {
        Map<Category, List<KpiResult>> byCategory = new LinkedHashMap<>();
        for (Kpi kpi : catalogue.kpis()) {
            byCategory.computeIfAbsent(kpi.category(), c -> new ArrayList<>()).add(kpi(kpi, dataset));
        }
        List<DimensionResult> dimensions = dimensions(byCategory);
        Score overall = dimensions.stream().map(DimensionResult::score).reduce(Score.NONE, Score::plus);
        List<KpiResult> all = byCategory.values().stream().flatMap(List::stream).toList();
        return new Assessment(datasetId, datasetVersion, dataset.city().name(), dataset.city().country(),
                dataset.reportingYear(), catalogue.version(), benchmarks.version(), Assessment.Method.CURRENT,
                overall, dimensions, Summaries.of(catalogue, all), overridden(dataset));
    }

    /**
     * Scores the dataset's local KPIs with the U4SSC band method against their own targets, pooled
     * only among themselves (see {@link LocalAssessment}); the U4SSC scores of {@link #assess} never
     * include them.
     */
    public LocalAssessment assessLocal(Dataset dataset) {
        List<LocalAssessment.LocalKpiResult> results = new ArrayList<>();
        Map<Dimension, List<LocalAssessment.LocalKpiResult>> byDimension = new EnumMap<>(Dimension.class);
        for (Dataset.LocalKpi k : dataset.localKpis()) {
            NaReason reason = !k.reported() ? NaReason.NOT_REPORTED
                    : !k.verified() ? NaReason.NOT_VERIFIED
                    : k.target() == null ? NaReason.NO_BENCHMARK
                    : null;
            ItemResult item;
            if (reason != null) {
                item = new ItemResult(k.value(), k.target(), k.direction(), null, null, null, null, reason);
            } else {
                // A local unit is free text: no percentage complement rule, so a target is always positive.
                double share = ShareOfTarget.of(k.value(), k.direction(), k.target(), ValueKind.NON_NEGATIVE);
                Band band = Band.of(share);
                item = new ItemResult(k.value(), k.target(), k.direction(), null, share, band, band.points(), null);
            }
            var r = new LocalAssessment.LocalKpiResult(k.code(), k.name(), k.unit(), k.dimension(), k.reported(),
                    k.reported() && k.verified(), item, k.sdgGoals());
            results.add(r);
            byDimension.computeIfAbsent(Dimension.find(k.dimension()).orElseThrow(), d -> new ArrayList<>()).add(r);
        }
        List<LocalAssessment.LocalDimension> dimensions = new ArrayList<>();
        byDimension.forEach((d, list) -> dimensions.add(new LocalAssessment.LocalDimension(d.code(), d.displayName(),
                list.size(), localScore(list))));
        return new LocalAssessment(results, localScore(results), dimensions);
    }

    private static Score localScore(List<LocalAssessment.LocalKpiResult> kpis) {
        int points = 0;
        int scored = 0;
        for (LocalAssessment.LocalKpiResult k : kpis) {
            if (k.result().scored()) {
                points += k.result().points();
                scored++;
            }
        }
        return Score.of(points, scored);
    }

    private KpiResult kpi(Kpi kpi, Dataset dataset) {
        Dataset.KpiEntry entry = dataset.entry(kpi.code().toString()).orElse(null);
        if (!kpi.hasDataPoints()) {
            Dataset.Measurement m = entry == null ? null : entry.measurement();
            ItemResult result = item(ItemRef.of(kpi.code()), kpi.valueKind(), m, dataset);
            boolean reported = m != null && m.reported();
            return new KpiResult(kpi.code().toString(), kpi.name(), kpi.type(), kpi.nature(), kpi.unit(),
                    reported ? Reporting.REPORTED : Reporting.NOT_REPORTED, reported && m.verified(), result,
                    null, null);
        }
        List<DataPointResult> points = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        boolean allVerified = true;
        for (DataPoint dp : kpi.dataPoints()) {
            Dataset.Measurement m = entry == null ? null
                    : entry.dataPoint(dp.name()).map(Dataset.DataPointEntry::measurement).orElse(null);
            boolean reported = m != null && m.reported();
            boolean verified = reported && m.verified();
            if (!reported) {
                missing.add(dp.name());
            } else if (!verified) {
                allVerified = false;
            }
            points.add(new DataPointResult(dp.name(), dp.unit(), reported, verified,
                    item(dp.ref(kpi.code()), dp.valueKind(), m, dataset)));
        }
        Reporting reporting = missing.isEmpty() ? Reporting.REPORTED
                : missing.size() == points.size() ? Reporting.NOT_REPORTED : Reporting.PARTIAL;
        ItemResult own = new ItemResult(null, null, null, null, null, null, null, NaReason.SCORED_BY_DATA_POINTS);
        return new KpiResult(kpi.code().toString(), kpi.name(), kpi.type(), kpi.nature(), kpi.unit(), reporting,
                reporting != Reporting.NOT_REPORTED && allVerified, own, points, missing);
    }

    private ItemResult item(ItemRef ref, ValueKind kind, Dataset.Measurement m, Dataset dataset) {
        Benchmark b = benchmark(ref, dataset);
        Double value = m == null || !m.reported() ? null : m.value();
        NaReason reason = value == null ? NaReason.NOT_REPORTED
                : !m.verified() ? NaReason.NOT_VERIFIED
                : !b.scorable() ? NaReason.NO_BENCHMARK
                : null;
        if (reason != null) {
            return new ItemResult(value, b.target(), b.direction(), b.confidence(), null, null, null, reason);
        }
        double share = ShareOfTarget.of(value, b.direction(), b.target(), kind);
        Band band = Band.of(share);
        return new ItemResult(value, b.target(), b.direction(), b.confidence(), share, band, band.points(), null);
    }

    /** The target that applies: the dataset's own where it gives one, else the reference set's. */
    private Benchmark benchmark(ItemRef ref, Dataset dataset) {
        Benchmark reference = benchmarks.find(ref).orElseThrow();
        Dataset.TargetOverride o = dataset.benchmarkOverrides().get(ref.toString());
        return o == null ? reference : reference.overriddenBy(o.target(), o.direction());
    }

    private List<Assessment.OverriddenTarget> overridden(Dataset dataset) {
        List<Assessment.OverriddenTarget> result = new ArrayList<>();
        for (ItemRef ref : catalogue.items()) {
            Dataset.TargetOverride o = dataset.benchmarkOverrides().get(ref.toString());
            if (o != null) {
                Benchmark reference = benchmarks.find(ref).orElseThrow();
                result.add(new Assessment.OverriddenTarget(ref.toString(), reference.target(),
                        reference.direction(), o.target(), o.direction()));
            }
        }
        return result;
    }

    /** Pools category scores upwards; pooling sums is the same as pooling the items directly. */
    private static List<DimensionResult> dimensions(Map<Category, List<KpiResult>> byCategory) {
        Map<SubDimension, List<CategoryResult>> bySub = new EnumMap<>(SubDimension.class);
        byCategory.forEach((category, kpis) -> bySub.computeIfAbsent(category.subDimension(), s -> new ArrayList<>())
                .add(new CategoryResult(category.key(), category.code(), category.displayName(), score(kpis), kpis)));
        Map<Dimension, List<SubDimensionResult>> byDim = new EnumMap<>(Dimension.class);
        bySub.forEach((sub, categories) -> byDim.computeIfAbsent(sub.dimension(), d -> new ArrayList<>())
                .add(new SubDimensionResult(sub.code(), sub.displayName(),
                        categories.stream().map(CategoryResult::score).reduce(Score.NONE, Score::plus), categories)));
        List<DimensionResult> result = new ArrayList<>();
        byDim.forEach((dim, subs) -> result.add(new DimensionResult(dim.code(), dim.displayName(),
                subs.stream().map(SubDimensionResult::score).reduce(Score.NONE, Score::plus), subs)));
        return result;
    }

    private static Score score(List<KpiResult> kpis) {
        int points = 0;
        int scored = 0;
        for (KpiResult k : kpis) {
            List<ItemResult> items = k.dataPoints() == null ? List.of(k.result())
                    : k.dataPoints().stream().map(DataPointResult::result).toList();
            for (ItemResult i : items) {
                if (i.scored()) {
                    points += i.points();
                    scored++;
                }
            }
        }
        return Score.of(points, scored);
    }
}
