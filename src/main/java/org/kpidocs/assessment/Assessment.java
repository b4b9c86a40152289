package org.kpidocs.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import org.kpidocs.catalogue.Confidence;
import org.kpidocs.catalogue.Direction;
import org.kpidocs.catalogue.KpiNature;
import org.kpidocs.catalogue.KpiType;

/**
 * The scored result of one dataset version, as the Verification Report and the factsheets need it.
 *
 * @param datasetId           the dataset assessed
 * @param datasetVersion      its version
 * @param city                city name
 * @param country             country
 * @param reportingYear       the year the data describe
 * @param catalogueVersion    the KPI catalogue used
 * @param benchmarkSetVersion the reference benchmark set used
 * @param method              the scoring rules applied, so a reader can reproduce every number
 * @param overall             the score over all items
 * @param dimensions          results per dimension, sub-dimension, category and KPI, in published order
 * @param summary             counts and lists for the report's summary sections
 * @param overriddenTargets   targets the dataset replaced
 */
public record Assessment(String datasetId, int datasetVersion, String city, String country, int reportingYear,
                         String catalogueVersion, String benchmarkSetVersion, Method method, Score overall,
                         List<DimensionResult> dimensions, Summary summary,
                         List<OverriddenTarget> overriddenTargets) {

    /** The rules behind the numbers; see {@link Band} and {@link ShareOfTarget}. */
    public record Method(List<Integer> bandLowerBoundsPercent, String boundaryRule, String lowerIsBetterRule,
                         String scoredItems, String aggregation) {
        static final Method CURRENT = new Method(List.of(0, 33, 66, 95),
                "lower-bound-inclusive, unrounded, tolerance 1e-9 (proposed)",
                "target/value capped at 1; complement (100-value)/100 when the target is 0 (proposed)",
                "verified items with a target and a direction",
                "sum of points / (4 x items scored), pooled directly from items at every level");
    }

    /** Results of a dimension. */
    public record DimensionResult(String code, String name, Score score, List<SubDimensionResult> subDimensions) {
    }

    /** Results of a sub-dimension. */
    public record SubDimensionResult(String code, String name, Score score, List<CategoryResult> categories) {
    }

    /** Results of a category, identified by sub-dimension and code ({@code I/WS}). */
    public record CategoryResult(String key, String code, String name, Score score, List<KpiResult> kpis) {
    }

    /** Whether a KPI was reported, in full, in part (some data points missing) or not at all. */
    public enum Reporting {
        REPORTED("reported"), PARTIAL("partial"), NOT_REPORTED("not-reported");

        private final String id;

        Reporting(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }
    }

    /**
     * The result of one KPI. A single-value KPI carries its result in {@code result}; a KPI with data
     * points carries one per data point, and its own result says it is scored through them.
     *
     * @param verified true when reported and every reported data point is verified
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record KpiResult(String code, String name, KpiType type, KpiNature nature, String unit,
                            Reporting reporting, boolean verified, ItemResult result,
                            List<DataPointResult> dataPoints, List<String> missingDataPoints) {
    }

    /** The result of one data point. */
    public record DataPointResult(String name, String unit, boolean reported, boolean verified, ItemResult result) {
    }

    /**
     * How one item (KPI or data point) scored.
     *
     * @param value            the reported value; null when not reported
     * @param target           the target applied; null when there is none
     * @param direction        which way is better
     * @param targetConfidence how the target was established (official, derived, proposed, override)
     * @param share            share of target, 0–1, unrounded; null when not scored
     * @param band             null when not scored
     * @param points           1–4; null when not scored
     * @param naReason         why it is not scored; null when scored
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ItemResult(Double value, Double target, Direction direction, Confidence targetConfidence,
                             Double share, Band band, Integer points, NaReason naReason) {
        public boolean scored() {
            return points != null;
        }
    }

    /** A target the dataset replaced, with the reference value it replaced. */
    public record OverriddenTarget(String item, Double referenceTarget, Direction referenceDirection,
                                   Double target, Direction direction) {
    }

    /** What the report's summary sections count and list. */
    public record Summary(Counts kpis, Counts dataPoints, List<KpiRef> notReported,
                          List<PartialKpi> partiallyReported, List<NotVerifiedKpi> notVerified) {
    }

    /** Reporting and verification counts, overall, core and advanced, and per dimension. */
    public record Counts(Tally all, Tally core, Tally advanced, List<DimensionCounts> byDimension) {
    }

    /** Counts of one dimension. */
    public record DimensionCounts(String dimension, Tally all, Tally core, Tally advanced) {
    }

    /** How many items there are, how many were reported and how many verified. */
    public record Tally(int total, int reported, int verified) {
        static final Tally ZERO = new Tally(0, 0, 0);

        Tally plus(boolean reported, boolean verified) {
            return new Tally(total + 1, this.reported + (reported ? 1 : 0), this.verified + (verified ? 1 : 0));
        }

        Tally plus(Tally other) {
            return new Tally(total + other.total, reported + other.reported, verified + other.verified);
        }
    }

    /** A KPI named in a list. */
    public record KpiRef(String code, String name) {
    }

    /** A KPI reported in part, with the data points it lacks. */
    public record PartialKpi(String code, String name, List<String> missingDataPoints) {
    }

    /** A reported KPI that was not verified; for a multi-part KPI, the data points not verified. */
    public record NotVerifiedKpi(String code, String name, List<String> dataPoints) {
    }
}
