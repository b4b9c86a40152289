package org.kpidocs.document;

import java.util.List;
import org.kpidocs.assessment.Assessment;
import org.kpidocs.assessment.Assessment.CategoryResult;
import org.kpidocs.assessment.Assessment.DataPointResult;
import org.kpidocs.assessment.Assessment.DimensionResult;
import org.kpidocs.assessment.Assessment.KpiResult;
import org.kpidocs.assessment.Assessment.SubDimensionResult;
import org.kpidocs.assessment.LocalAssessment;
import org.kpidocs.catalogue.CatalogueNames;

/**
 * An assessment as a document in one language prints it: the same numbers, with the names of
 * dimensions, sub-dimensions, categories, KPIs and data points in that language. Codes and keys stay
 * as they are, and data points keep the catalogue's order, so a data point's definition is found by
 * its position. Names the city gave (local KPIs) are never translated.
 */
public final class Named {

    private Named() {
    }

    /** {@code a} with every catalogue name in the language of {@code names}. */
    public static Assessment in(Assessment a, CatalogueNames.Names names) {
        List<DimensionResult> dimensions = a.dimensions().stream().map(d -> new DimensionResult(d.code(),
                names.dimension(d.code()), d.score(), d.subDimensions().stream().map(s -> new SubDimensionResult(
                        s.code(), names.subDimension(s.code()), s.score(), s.categories().stream()
                        .map(c -> new CategoryResult(c.key(), c.code(), names.category(c.key()), c.score(),
                                c.kpis().stream().map(k -> kpi(k, names)).toList())).toList())).toList()))
                .toList();
        Assessment.Summary s = a.summary();
        Assessment.Summary summary = new Assessment.Summary(counts(s.kpis(), names), counts(s.dataPoints(), names),
                s.notReported().stream().map(r -> new Assessment.KpiRef(r.code(), names.kpi(r.code()))).toList(),
                s.partiallyReported().stream().map(p -> new Assessment.PartialKpi(p.code(), names.kpi(p.code()),
                        points(p.code(), p.missingDataPoints(), names))).toList(),
                s.notVerified().stream().map(v -> new Assessment.NotVerifiedKpi(v.code(), names.kpi(v.code()),
                        points(v.code(), v.dataPoints(), names))).toList());
        return new Assessment(a.datasetId(), a.datasetVersion(), a.city(), a.country(), a.reportingYear(),
                a.catalogueVersion(), a.benchmarkSetVersion(), a.method(), a.overall(), dimensions, summary,
                a.overriddenTargets());
    }

    /** {@code local} with the dimension names in the language of {@code names}; the KPIs are the city's own. */
    public static LocalAssessment in(LocalAssessment local, CatalogueNames.Names names) {
        return new LocalAssessment(local.kpis(), local.overall(), local.dimensions().stream()
                .map(d -> new LocalAssessment.LocalDimension(d.code(), names.dimension(d.code()), d.count(), d.score()))
                .toList());
    }

    private static KpiResult kpi(KpiResult k, CatalogueNames.Names names) {
        List<DataPointResult> points = k.dataPoints() == null ? null : k.dataPoints().stream()
                .map(p -> new DataPointResult(names.dataPoint(k.code(), p.name()), p.unit(), p.reported(),
                        p.verified(), p.result())).toList();
        return new KpiResult(k.code(), names.kpi(k.code()), k.type(), k.nature(), k.unit(), k.reporting(),
                k.verified(), k.result(), points,
                k.missingDataPoints() == null ? null : points(k.code(), k.missingDataPoints(), names));
    }

    private static List<String> points(String kpi, List<String> dataPoints, CatalogueNames.Names names) {
        return dataPoints.stream().map(p -> names.dataPoint(kpi, p)).toList();
    }

    private static Assessment.Counts counts(Assessment.Counts c, CatalogueNames.Names names) {
        return new Assessment.Counts(c.all(), c.core(), c.advanced(), c.byDimension().stream()
                .map(d -> new Assessment.DimensionCounts(names.dimension(d.dimension()), d.all(), d.core(),
                        d.advanced())).toList());
    }
}
