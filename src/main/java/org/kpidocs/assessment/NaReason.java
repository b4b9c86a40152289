package org.kpidocs.assessment;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why an item carries no points. */
public enum NaReason {
    /** The city did not report it: "NR" in the results, listed under KPIs Not Reported. */
    NOT_REPORTED("not-reported"),
    /** Reported but not verified: listed under KPIs Not Verified, not scored. */
    NOT_VERIFIED("not-verified"),
    /** No target exists: shown "N/A" / "No Benchmark Available", not scored. */
    NO_BENCHMARK("no-benchmark"),
    /** A KPI reported in data points is scored through them, never as a whole. */
    SCORED_BY_DATA_POINTS("scored-by-data-points");

    private final String id;

    NaReason(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
