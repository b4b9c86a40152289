package org.kpidocs.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws {@link BarChart}s and {@link StackedBarChart}s with JFreeChart into any {@link Graphics2D}: a
 * PDF page through openhtmltopdf (vectors, text as text in the embedded font), or SVG through
 * {@link SvgWriter}. Every chart is laid out on a fixed {@value #REFERENCE_WIDTH}-unit-wide canvas and
 * scaled to the area, so text keeps its proportion to the chart whatever the target's units.
 *
 * <p>Nothing is translucent (PDF/A), no gradients or shadows, and every text uses the spec's font
 * family: JFreeChart's default "SansSerif" has no embedded counterpart and breaks PDF/A output (stack
 * reference §3, "JFreeChart"). Stateless and thread-safe; each call builds its own chart.
 */
public final class BarCharts {

    /** The width every chart is laid out at; font sizes below are for this width. */
    static final double REFERENCE_WIDTH = 640;
    /** Room right of the axis maximum for the notes at the ends of the bars, as a share of the maximum. */
    static final double NOTE_ROOM = 0.36;
    private static final Color TEXT = new Color(0x1A1A1A);
    private static final Color GRID = new Color(0xC8C8C8);

    private BarCharts() {
    }

    /** Paints {@code c} into {@code area} of {@code g}; the graphics state is restored afterwards. */
    public static void paint(BarChart c, Graphics2D g, Rectangle2D area) {
        draw(chart(c), g, area);
    }

    /** Paints {@code c} into {@code area} of {@code g}; the graphics state is restored afterwards. */
    public static void paint(StackedBarChart c, Graphics2D g, Rectangle2D area) {
        draw(chart(c), g, area);
    }

    private static void draw(JFreeChart chart, Graphics2D g, Rectangle2D area) {
        Objects.requireNonNull(g, "g");
        if (!(area.getWidth() > 0) || !(area.getHeight() > 0)) {
            return;
        }
        AffineTransform saved = g.getTransform();
        Paint paint = g.getPaint();
        Font font = g.getFont();
        java.awt.Stroke stroke = g.getStroke();
        java.awt.Shape clip = g.getClip();
        try {
            double scale = area.getWidth() / REFERENCE_WIDTH;
            g.translate(area.getX(), area.getY());
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, REFERENCE_WIDTH, area.getHeight() / scale));
        } finally {
            g.setTransform(saved);
            g.setPaint(paint);
            g.setFont(font);
            g.setStroke(stroke);
            g.setClip(clip);
        }
    }

    /** The JFreeChart of a bar chart (package-private so tests can read its dataset). */
    static JFreeChart chart(BarChart c) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<BarChart.Bar> bars = c.bars();
        for (int i = 0; i < bars.size(); i++) {
            BarChart.Bar b = bars.get(i);
            data.addValue(b.value() == null ? 0.0 : b.value(), SERIES, new Key(i, b.label()));
        }
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return bars.get(column).colour();
            }
        };
        style(renderer);
        renderer.setMaximumBarWidth(0.8);
        renderer.setItemMargin(0);
        renderer.setDefaultItemLabelGenerator(new Notes(bars));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(font(c.fontFamily(), false, 10));
        renderer.setDefaultItemLabelPaint(TEXT);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(4);
        CategoryPlot plot = plot(data, renderer, c.axisLabel(), c.max(), c.fontFamily(), true);
        CategoryAxis axis = plot.getDomainAxis();
        for (int i = 0; i < bars.size(); i++) {
            if (bars.get(i).strong()) {
                axis.setTickLabelFont(data.getColumnKey(i), font(c.fontFamily(), true, 10));
            }
        }
        for (BarChart.Band band : c.bands()) {
            IntervalMarker m = new IntervalMarker(band.from(), Math.min(band.to(), c.max()), band.fill());
            m.setAlpha(1f);
            m.setOutlinePaint(null);
            plot.addRangeMarker(m, Layer.BACKGROUND);
        }
        return finish(plot, c.fontFamily(), false);
    }

    /** The JFreeChart of a stacked bar chart (package-private so tests can read its dataset). */
    static JFreeChart chart(StackedBarChart c) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<StackedBarChart.Series> series = c.series();
        for (int s = 0; s < series.size(); s++) {
            for (int r = 0; r < c.rows().size(); r++) {
                data.addValue(series.get(s).values().get(r), new Key(s, series.get(s).name()), new Key(r, c.rows().get(r)));
            }
        }
        StackedBarRenderer renderer = new StackedBarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return series.get(row).colour();
            }

            @Override
            public Paint getSeriesPaint(int row) {
                return series.get(row).colour(); // the legend
            }

            @Override
            public Paint getItemLabelPaint(int row, int column) {
                return Contrast.textOn(series.get(row).colour());
            }
        };
        style(renderer);
        renderer.setMaximumBarWidth(0.7);
        // Only parts wide enough for their number are labelled; the table after the chart has them all.
        double minimum = c.max() * 0.07;
        renderer.setDefaultItemLabelGenerator(new CategoryItemLabelGenerator() {
            @Override
            public String generateRowLabel(CategoryDataset d, int row) {
                return d.getRowKey(row).toString();
            }

            @Override
            public String generateColumnLabel(CategoryDataset d, int column) {
                return d.getColumnKey(column).toString();
            }

            @Override
            public String generateLabel(CategoryDataset d, int row, int column) {
                Number v = d.getValue(row, column);
                return v == null || v.doubleValue() < minimum ? null : WHOLE.get().format(v.doubleValue());
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(font(c.fontFamily(), false, 10));
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        CategoryPlot plot = plot(data, renderer, c.axisLabel(), c.max(), c.fontFamily(), false);
        return finish(plot, c.fontFamily(), true);
    }

    private static final String SERIES = "values";
    private static final ThreadLocal<DecimalFormat> WHOLE =
            ThreadLocal.withInitial(() -> new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)));

    private static void style(BarRenderer r) {
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setDefaultSeriesVisibleInLegend(true);
    }

    private static CategoryPlot plot(DefaultCategoryDataset data, BarRenderer renderer, String axisLabel, double max,
                                     String family, boolean roomForNotes) {
        CategoryAxis categories = new CategoryAxis(null);
        categories.setTickLabelFont(font(family, false, 10));
        categories.setTickLabelPaint(TEXT);
        categories.setMaximumCategoryLabelWidthRatio(0.38f);
        categories.setMaximumCategoryLabelLines(2);
        categories.setCategoryMargin(0.25);
        categories.setLowerMargin(0.01);
        categories.setUpperMargin(0.01);
        categories.setAxisLineVisible(false);
        categories.setTickMarksVisible(false);
        NumberAxis values = new CappedAxis(axisLabel.isEmpty() ? null : axisLabel, max);
        values.setRange(0, roomForNotes ? max * (1 + NOTE_ROOM) : max);
        values.setTickUnit(new NumberTickUnit(max / 4, WHOLE.get()));
        values.setTickLabelFont(font(family, false, 9));
        values.setTickLabelPaint(TEXT);
        values.setLabelFont(font(family, false, 10));
        values.setLabelPaint(TEXT);
        values.setAxisLineVisible(false);
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(4, 4, 4, 8));
        return plot;
    }

    private static JFreeChart finish(CategoryPlot plot, String family, boolean legend) {
        JFreeChart chart = new JFreeChart(null, font(family, true, 12), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (legend) {
            LegendTitle l = chart.getLegend();
            l.setItemFont(font(family, false, 10));
            l.setItemPaint(TEXT);
            l.setFrame(BlockBorder.NONE);
            l.setBackgroundPaint(Color.WHITE);
            l.setPosition(RectangleEdge.BOTTOM);
        }
        return chart;
    }

    private static Font font(String family, boolean bold, float size) {
        return new Font(family, bold ? Font.BOLD : Font.PLAIN, 10).deriveFont(size);
    }

    /** A category or series key: unique by position, shown as its label (two rows may share a label). */
    record Key(int index, String label) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return Integer.compare(index, o.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The note of each bar as its item label. */
    private record Notes(List<BarChart.Bar> bars) implements CategoryItemLabelGenerator {
        @Override
        public String generateRowLabel(CategoryDataset d, int row) {
            return d.getRowKey(row).toString();
        }

        @Override
        public String generateColumnLabel(CategoryDataset d, int column) {
            return d.getColumnKey(column).toString();
        }

        @Override
        public String generateLabel(CategoryDataset d, int row, int column) {
            String note = bars.get(column).note();
            return note.isEmpty() ? null : note;
        }
    }

    /** A value axis that draws ticks and gridlines only up to its nominal maximum, leaving room for notes. */
    private static final class CappedAxis extends NumberAxis {
        private final double max;

        CappedAxis(String label, double max) {
            super(label);
            this.max = max;
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
            List ticks = super.refreshTicks(g2, state, dataArea, edge);
            ticks.removeIf(t -> t instanceof NumberTick n && n.getValue() > max * (1 + 1e-9));
            return ticks;
        }
    }
}
