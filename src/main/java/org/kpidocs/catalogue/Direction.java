package org.kpidocs.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which way a KPI value is better, as recorded per target in the benchmark set. */
public enum Direction {
    /** Higher values are better; share of target = value / target, capped at 100 %. */
    HIGHER,
    /** Lower values are better; share of target = target / value, capped at 100 %. */
    LOWER,
    /** Closest to the target is best (gender income ratio 1 = equality). */
    RANGE,
    /** No direction is meaningful (police officers per capita); never scored. */
    NONE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Direction> find(String id) {
        return Arrays.stream(values()).filter(d -> d.id().equalsIgnoreCase(id.strip())).findFirst();
    }
}
