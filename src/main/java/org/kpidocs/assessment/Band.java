package org.kpidocs.assessment;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The four performance bands of the U4SSC method, by share of target: 0–33 % → 1 point,
 * 33–66 % → 2, 66–95 % → 3, 95 %+ → 4 (every published Verification Report, section 5).
 */
public enum Band {
    BELOW_33("0-33", 1, 0.0),
    FROM_33("33-66", 2, 0.33),
    FROM_66("66-95", 3, 0.66),
    FROM_95("95+", 4, 0.95);

    /**
     * Tolerance when comparing a share with a band's lower bound, so that floating-point error never
     * moves an exact 33 %, 66 % or 95 % into the band below (benchmarks reference, "Boundaries").
     */
    static final double TOLERANCE = 1e-9;

    private final String id;
    private final int points;
    private final double lowerBound;

    Band(String id, int points, double lowerBound) {
        this.id = id;
        this.points = points;
        this.lowerBound = lowerBound;
    }

    /** The band as printed, e.g. {@code 66-95}. */
    @JsonValue
    public String id() {
        return id;
    }

    public int points() {
        return points;
    }

    /** The lowest share of target (0–1) in this band; the bound itself belongs to this band. */
    public double lowerBound() {
        return lowerBound;
    }

    /**
     * The band of a share of target (0–1). Lower bounds are inclusive and the share is never
     * rounded first: 0.33 is band 2, 0.3299 is band 1. No U4SSC text fixes this rule
     * (domain reference §3.3); it is the rule the benchmarks reference proposes.
     */
    public static Band of(double share) {
        Band[] bands = values();
        for (int i = bands.length - 1; i > 0; i--) {
            if (share >= bands[i].lowerBound - TOLERANCE) {
                return bands[i];
            }
        }
        return BELOW_33;
    }

    /** The band of the points earned from the points possible, as for a category or dimension. */
    static Band ofPoints(int points, int maxPoints) {
        return of((double) points / maxPoints);
    }
}
