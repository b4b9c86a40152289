package org.kpidocs.catalogue;

/**
 * What kind of number a KPI or data point holds, which decides the range a value may take and how a
 * numerator and denominator become a value.
 */
public enum ValueKind {
    /** A percentage, 0 to 100 (97.0 means 97 %). */
    PERCENT(0, 100),
    /** A yes/no answer stored as 1 or 0. */
    YES_NO(0, 1),
    /** A coefficient from 0 to 1, such as the Gini coefficient. */
    FRACTION(0, 1),
    /** Any other quantity that cannot be negative: counts, rates, durations, concentrations, ratios. */
    NON_NEGATIVE(0, Double.POSITIVE_INFINITY);

    private final double min;
    private final double max;

    ValueKind(double min, double max) {
        this.min = min;
        this.max = max;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /**
     * The factor that turns numerator / denominator into a value of this kind in {@code unit}: 100 for
     * percentages, 100 000 for rates per 100 000 inhabitants, 1 otherwise (Collection Methodology
     * 2017, KPI methodology fields).
     */
    public double scale(String unit) {
        if (this == PERCENT) {
            return 100;
        }
        return unit.contains("per 100 000") ? 100_000 : 1;
    }

    public boolean accepts(double value) {
        return value >= min && value <= max;
    }

    /**
     * Derives the kind from the unit text of the catalogue or benchmark file. The rule is explicit so
     * that a test can pin it: units starting with "%" are percentages, "Yes/No" or "1 = Yes" are
     * yes/no answers, "(0-1)" marks a coefficient, anything else is a non-negative quantity.
     */
    static ValueKind ofUnit(String unit) {
        String u = unit.trim();
        if (u.startsWith("%")) {
            return PERCENT;
        }
        if (u.contains("Yes/No") || u.contains("1 = Yes")) {
            return YES_NO;
        }
        if (u.contains("(0-1)")) {
            return FRACTION;
        }
        return NON_NEGATIVE;
    }
}
