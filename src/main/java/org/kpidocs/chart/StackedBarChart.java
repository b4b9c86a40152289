package org.kpidocs.chart;

import java.awt.Color;
import java.util.List;
import java.util.Objects;

/**
 * A horizontal stacked bar chart: one bar per labelled row, split into the same series in every row
 * (e.g. verified, reported but not verified, not reported), with a legend of the series.
 *
 * @param rows      the row labels, top to bottom
 * @param series    the parts of every bar, left to right
 * @param axisLabel the label of the value axis (may be empty)
 * @param max       the upper end of the value axis; the lower end is 0
 * @param fonts     the font families of all text
 */
public record StackedBarChart(List<String> rows, List<Series> series, String axisLabel, double max, FontChain fonts) {

    /** A chart whose text is in one family, left to right. */
    public StackedBarChart(List<String> rows, List<Series> series, String axisLabel, double max, String fontFamily) {
        this(rows, series, axisLabel, max, FontChain.of(fontFamily));
    }

    /**
     * One part of every bar.
     *
     * @param name   the legend entry
     * @param colour its fill
     * @param values one value per row, in row order, each 0 or more
     */
    public record Series(String name, Color colour, List<Double> values) {
        public Series {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(colour, "colour");
            values = List.copyOf(values);
        }
    }

    /** @throws IllegalArgumentException when a series has not one value per row, or a row sums above max */
    public StackedBarChart {
        rows = List.copyOf(rows);
        series = List.copyOf(series);
        Objects.requireNonNull(axisLabel, "axisLabel");
        Objects.requireNonNull(fonts, "fonts");
        if (rows.isEmpty() || series.isEmpty()) {
            throw new IllegalArgumentException("A stacked bar chart needs rows and series");
        }
        for (int r = 0; r < rows.size(); r++) {
            double sum = 0;
            for (Series s : series) {
                if (s.values().size() != rows.size()) {
                    throw new IllegalArgumentException("Series \"" + s.name() + "\" has " + s.values().size()
                            + " values for " + rows.size() + " rows");
                }
                double v = s.values().get(r);
                if (!(v >= 0)) {
                    throw new IllegalArgumentException("Series \"" + s.name() + "\" has value " + v);
                }
                sum += v;
            }
            if (sum > max * (1 + 1e-9)) {
                throw new IllegalArgumentException("Row \"" + rows.get(r) + "\" sums to " + sum + ", above " + max);
            }
        }
    }
}
