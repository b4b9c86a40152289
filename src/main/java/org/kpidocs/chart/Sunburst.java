package org.kpidocs.chart;

import java.util.List;
import java.util.Objects;

/**
 * A sunburst: a centre label and concentric rings, innermost first. Every ring's weights sum to the
 * same total, so every ring covers the full circle and a segment can sit exactly outside the inner
 * segment it belongs to.
 *
 * @param centreLabel text in the centre disc (may be empty), wrapped to at most three lines
 * @param rings       at least one ring, innermost first
 * @param style       font, outline and centre colours
 */
public record Sunburst(String centreLabel, List<Ring> rings, Style style) {

    /** Allowed difference between ring totals, relative to the first ring's total (and at least absolute). */
    static final double TOLERANCE = 1e-9;

    /** @throws IllegalArgumentException if there is no ring or the rings' totals differ */
    public Sunburst {
        Objects.requireNonNull(centreLabel, "centreLabel");
        Objects.requireNonNull(rings, "rings");
        Objects.requireNonNull(style, "style");
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("A sunburst needs at least one ring");
        }
        rings = List.copyOf(rings);
        double total = rings.get(0).total();
        for (int i = 1; i < rings.size(); i++) {
            double t = rings.get(i).total();
            if (Math.abs(t - total) > TOLERANCE * Math.max(1, Math.abs(total))) {
                throw new IllegalArgumentException("Ring " + i + "'s weights sum to " + t + " but ring 0's sum to "
                        + total + "; every ring's weights must sum to the same total");
            }
        }
    }
}
