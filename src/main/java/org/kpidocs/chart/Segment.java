package org.kpidocs.chart;

import java.awt.Color;
import java.util.Objects;

/**
 * One slice of a {@link Ring}.
 *
 * @param label  text written on the segment (may be empty; control characters are dropped when drawn)
 * @param weight the segment's share of its ring, positive and finite; its angle is
 *               {@code 360° × weight / ring total}
 * @param fill   the segment's colour; its label is drawn in black or white, whichever contrasts more
 */
public record Segment(String label, double weight, Color fill) {

    /** @throws IllegalArgumentException if the weight is not positive and finite */
    public Segment {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(fill, "fill");
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException(
                    "Segment \"" + label + "\" has weight " + weight + "; a weight must be positive and finite");
        }
    }
}
