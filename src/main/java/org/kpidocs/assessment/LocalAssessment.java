package org.kpidocs.assessment;

import java.util.List;
import org.kpidocs.assessment.Assessment.ItemResult;

/**
 * The scored local KPIs of a dataset: the city's own KPIs beside the 91 of U4SSC. Each is banded as a
 * U4SSC item is (reported, verified, against its target, with the same share-of-target rules), but
 * they are pooled <b>only among themselves</b>: no U4SSC category, sub-dimension, dimension or overall
 * score ever includes them, so those stay comparable with every other U4SSC city. The rule is this
 * product's (no U4SSC text says how local KPIs are scored; City Snapshots only show them with their own
 * benchmarks, domain reference §5.3).
 *
 * @param kpis       every local KPI, in the dataset's order
 * @param overall    the pooled score of all local KPIs
 * @param dimensions the pooled score of the local KPIs of each dimension that has any, in U4SSC order
 */
public record LocalAssessment(List<LocalKpiResult> kpis, Score overall, List<LocalDimension> dimensions) {

    public LocalAssessment {
        kpis = List.copyOf(kpis);
        dimensions = List.copyOf(dimensions);
    }

    /** Whether the dataset has no local KPIs at all. */
    public boolean isEmpty() {
        return kpis.isEmpty();
    }

    /**
     * One local KPI and how it scored.
     *
     * @param dimension the dimension code ({@code EC}, {@code EN}, {@code SC})
     * @param result    the value, the city's target and direction, the share, band and points, or the
     *                  reason it is not scored; its target confidence is null (a city's own target)
     */
    public record LocalKpiResult(String code, String name, String unit, String dimension, boolean reported,
                                 boolean verified, ItemResult result, List<Integer> sdgGoals) {
        public LocalKpiResult {
            sdgGoals = List.copyOf(sdgGoals);
        }
    }

    /** The local KPIs of one dimension: how many there are and their pooled score. */
    public record LocalDimension(String code, String name, int count, Score score) {
    }
}
