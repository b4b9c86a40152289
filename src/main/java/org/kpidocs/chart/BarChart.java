package org.kpidocs.chart;

import java.awt.Color;
import java.util.List;
import java.util.Objects;

/**
 * A horizontal bar chart of values on a fixed scale: one bar per labelled row, each in its own colour,
 * with an optional text at its end, over optional background bands (e.g. the four performance bands).
 * Only labels, numbers and colours: what they mean is the caller's business.
 *
 * @param bars      the rows, top to bottom
 * @param axisLabel the label of the value axis (may be empty)
 * @param max       the upper end of the value axis; the lower end is 0
 * @param bands     background intervals of the value axis, drawn behind the bars (may be empty)
 * @param fonts     the font families of all text, each registered with Java2D (and embedded in PDFs)
 */
public record BarChart(List<Bar> bars, String axisLabel, double max, List<Band> bands, FontChain fonts) {

    /** A chart whose text is in one family, left to right. */
    public BarChart(List<Bar> bars, String axisLabel, double max, List<Band> bands, String fontFamily) {
        this(bars, axisLabel, max, bands, FontChain.of(fontFamily));
    }

    /**
     * One row.
     *
     * @param label  the row's label
     * @param value  the bar's length, 0 to {@code max}; null for a row without a bar
     * @param colour the bar's fill
     * @param note   text printed at the end of the bar (or where it would start); may be empty
     * @param strong whether the label is a heading row (printed in bold)
     */
    public record Bar(String label, Double value, Color colour, String note, boolean strong) {
        public Bar {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(colour, "colour");
            Objects.requireNonNull(note, "note");
        }
    }

    /** A background interval of the value axis, from {@code from} to {@code to}, filled opaque. */
    public record Band(double from, double to, Color fill) {
    }

    /** @throws IllegalArgumentException without bars, or with a value outside 0..max */
    public BarChart {
        bars = List.copyOf(bars);
        bands = List.copyOf(bands);
        Objects.requireNonNull(axisLabel, "axisLabel");
        Objects.requireNonNull(fonts, "fonts");
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("A bar chart needs at least one bar");
        }
        if (!(max > 0) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("The axis maximum must be positive and finite, not " + max);
        }
        for (Bar b : bars) {
            if (b.value() != null && !(b.value() >= 0 && b.value() <= max)) {
                throw new IllegalArgumentException("Bar \"" + b.label() + "\" has value " + b.value() + " outside 0.." + max);
            }
        }
    }
}
