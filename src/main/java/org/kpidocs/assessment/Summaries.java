package org.kpidocs.assessment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kpidocs.assessment.Assessment.Counts;
import org.kpidocs.assessment.Assessment.DataPointResult;
import org.kpidocs.assessment.Assessment.DimensionCounts;
import org.kpidocs.assessment.Assessment.KpiResult;
import org.kpidocs.assessment.Assessment.Reporting;
import org.kpidocs.assessment.Assessment.Tally;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.catalogue.Dimension;
import org.kpidocs.catalogue.Kpi;
import org.kpidocs.catalogue.KpiType;

/**
 * Counts and lists for the report's sections 2, 3, 7 and 8 (KPI and data-point reporting and
 * verification summaries, KPIs not reported, KPIs not verified).
 */
final class Summaries {

    private Summaries() {
    }

    static Assessment.Summary of(Catalogue catalogue, List<KpiResult> results) {
        CountsBuilder kpis = new CountsBuilder();
        CountsBuilder points = new CountsBuilder();
        List<Assessment.KpiRef> notReported = new ArrayList<>();
        List<Assessment.PartialKpi> partial = new ArrayList<>();
        List<Assessment.NotVerifiedKpi> notVerified = new ArrayList<>();
        for (KpiResult r : results) {
            Kpi kpi = catalogue.find(r.code()).orElseThrow();
            boolean reported = r.reporting() != Reporting.NOT_REPORTED;
            kpis.add(kpi, reported, r.verified());
            if (r.dataPoints() == null) {
                points.add(kpi, reported, r.verified());
            } else {
                r.dataPoints().forEach(d -> points.add(kpi, d.reported(), d.verified()));
            }
            if (!reported) {
                notReported.add(new Assessment.KpiRef(r.code(), r.name()));
            } else {
                if (r.reporting() == Reporting.PARTIAL) {
                    partial.add(new Assessment.PartialKpi(r.code(), r.name(), r.missingDataPoints()));
                }
                if (!r.verified()) {
                    List<String> unverified = r.dataPoints() == null ? List.of() : r.dataPoints().stream()
                            .filter(d -> d.reported() && !d.verified()).map(DataPointResult::name).toList();
                    notVerified.add(new Assessment.NotVerifiedKpi(r.code(), r.name(), unverified));
                }
            }
        }
        return new Assessment.Summary(kpis.build(), points.build(), notReported, partial, notVerified);
    }

    /** Accumulates tallies overall, by type and by dimension. */
    private static final class CountsBuilder {
        private Tally all = Tally.ZERO;
        private final Map<KpiType, Tally> byType = new EnumMap<>(KpiType.class);
        private final Map<Dimension, Map<KpiType, Tally>> byDimension = new EnumMap<>(Dimension.class);

        void add(Kpi kpi, boolean reported, boolean verified) {
            all = all.plus(reported, verified);
            byType.merge(kpi.type(), Tally.ZERO.plus(reported, verified), Tally::plus);
            byDimension.computeIfAbsent(kpi.dimension(), d -> new EnumMap<>(KpiType.class))
                    .merge(kpi.type(), Tally.ZERO.plus(reported, verified), Tally::plus);
        }

        Counts build() {
            List<DimensionCounts> dims = new ArrayList<>();
            byDimension.forEach((dim, types) -> {
                Tally core = types.getOrDefault(KpiType.CORE, Tally.ZERO);
                Tally advanced = types.getOrDefault(KpiType.ADVANCED, Tally.ZERO);
                dims.add(new DimensionCounts(dim.displayName(), core.plus(advanced), core, advanced));
            });
            return new Counts(all, byType.getOrDefault(KpiType.CORE, Tally.ZERO),
                    byType.getOrDefault(KpiType.ADVANCED, Tally.ZERO), dims);
        }
    }
}
