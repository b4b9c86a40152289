package org.kpidocs.chart;

import java.util.List;
import java.util.Objects;

/**
 * One ring of a {@link Sunburst}: segments running clockwise from 12 o'clock.
 *
 * @param segments  at least one segment, in drawing order
 * @param thickness the ring's width as a share of the radius, relative to the centre disc (whose radius
 *                  counts as 1) and to the other rings; positive and finite
 * @param labels    how the segment labels are written
 */
public record Ring(List<Segment> segments, double thickness, LabelMode labels) {

    /** @throws IllegalArgumentException if there is no segment or the thickness is not positive and finite */
    public Ring {
        Objects.requireNonNull(segments, "segments");
        Objects.requireNonNull(labels, "labels");
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("A ring needs at least one segment");
        }
        segments = List.copyOf(segments);
        if (!(thickness > 0) || Double.isInfinite(thickness)) {
            throw new IllegalArgumentException(
                    "A ring's thickness must be positive and finite, not " + thickness);
        }
    }

    /** The sum of the segment weights. */
    double total() {
        double sum = 0;
        for (Segment s : segments) {
            sum += s.weight();
        }
        return sum;
    }
}
