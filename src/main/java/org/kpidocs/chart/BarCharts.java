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
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextFragment;
import org.jfree.chart.text.TextLine;
import org.jfree.chart.text.TextMeasurer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.HorizontalAlignment;
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
 * <p>Nothing is translucent (PDF/A), no gradients or shadows, and every text uses a family of the
 * spec's {@link FontChain}: JFreeChart's default "SansSerif" has no embedded counterpart and breaks
 * PDF/A output (stack reference §3, "JFreeChart"). Labels are handed to JFreeChart shaped and in
 * visual order ({@link ChartText}), so a Java2D raster target, which reorders strings itself, shows
 * right-to-left labels reversed: paint those charts into PDF or SVG only. Stateless and thread-safe; each call builds its own chart.
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
        paint(c, g, area, Typeface.Target.GLYPHS);
    }

    /** Paints {@code c} into {@code area} of {@code g}; the graphics state is restored afterwards. */
    public static void paint(StackedBarChart c, Graphics2D g, Rectangle2D area) {
        paint(c, g, area, Typeface.Target.GLYPHS);
    }

    static void paint(BarChart c, Graphics2D g, Rectangle2D area, Typeface.Target target) {
        draw(chart(c, target), g, area);
    }

    static void paint(StackedBarChart c, Graphics2D g, Rectangle2D area, Typeface.Target target) {
        draw(chart(c, target), g, area);
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
        return chart(c, Typeface.Target.GLYPHS);
    }

    static JFreeChart chart(BarChart c, Typeface.Target target) {
        Texts t = new Texts(new Typeface(c.fonts()), target);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<BarChart.Bar> bars = c.bars();
        for (int i = 0; i < bars.size(); i++) {
            BarChart.Bar b = bars.get(i);
            data.addValue(b.value() == null ? 0.0 : b.value(), SERIES, new Key(i, b.label(), t.shown(b.label())));
        }
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return bars.get(column).colour();
            }

            @Override
            public Font getItemLabelFont(int row, int column) {
                return t.font(bars.get(column).note(), false, 10);
            }
        };
        style(renderer);
        renderer.setMaximumBarWidth(0.8);
        renderer.setItemMargin(0);
        renderer.setDefaultItemLabelGenerator(new Notes(bars, t));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(t.font(false, 10));
        renderer.setDefaultItemLabelPaint(TEXT);
        // Notes stand after the bar's end: to its right, or to its left in a right-to-left chart.
        renderer.setDefaultPositiveItemLabelPosition(c.fonts().rightToLeft()
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(4);
        CategoryPlot plot = plot(data, renderer, c.axisLabel(), c.max(), t, true, c.fonts().rightToLeft());
        CategoryAxis axis = plot.getDomainAxis();
        for (int i = 0; i < bars.size(); i++) {
            if (bars.get(i).strong()) {
                axis.setTickLabelFont(data.getColumnKey(i), t.font(true, 10));
            }
        }
        for (BarChart.Band band : c.bands()) {
            IntervalMarker m = new IntervalMarker(band.from(), Math.min(band.to(), c.max()), band.fill());
            m.setAlpha(1f);
            m.setOutlinePaint(null);
            plot.addRangeMarker(m, Layer.BACKGROUND);
        }
        return finish(plot, t, List.of(), false);
    }

    /** The JFreeChart of a stacked bar chart (package-private so tests can read its dataset). */
    static JFreeChart chart(StackedBarChart c) {
        return chart(c, Typeface.Target.GLYPHS);
    }

    static JFreeChart chart(StackedBarChart c, Typeface.Target target) {
        Texts t = new Texts(new Typeface(c.fonts()), target);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<StackedBarChart.Series> series = c.series();
        for (int s = 0; s < series.size(); s++) {
            String name = series.get(s).name();
            for (int r = 0; r < c.rows().size(); r++) {
                String row = c.rows().get(r);
                data.addValue(series.get(s).values().get(r), new Key(s, name, t.shown(name)),
                        new Key(r, row, t.shown(row)));
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
        renderer.setDefaultItemLabelFont(t.font(false, 10));
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        CategoryPlot plot = plot(data, renderer, c.axisLabel(), c.max(), t, false, c.fonts().rightToLeft());
        return finish(plot, t, series.stream().map(StackedBarChart.Series::name).toList(), true);
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

    /**
     * @param rightToLeft mirror the chart for a right-to-left document: labels on the right, bars growing
     *                    leftwards
     */
    private static CategoryPlot plot(DefaultCategoryDataset data, BarRenderer renderer, String axisLabel, double max,
                                     Texts t, boolean roomForNotes, boolean rightToLeft) {
        CategoryAxis categories = new ChainAxis(t);
        categories.setTickLabelFont(t.font(false, 10));
        categories.setTickLabelPaint(TEXT);
        categories.setMaximumCategoryLabelWidthRatio(0.38f);
        categories.setMaximumCategoryLabelLines(2);
        categories.setCategoryMargin(0.25);
        categories.setLowerMargin(0.01);
        categories.setUpperMargin(0.01);
        categories.setAxisLineVisible(false);
        categories.setTickMarksVisible(false);
        NumberAxis values = new CappedAxis(axisLabel.isEmpty() ? null : t.shown(axisLabel), max);
        values.setRange(0, roomForNotes ? max * (1 + NOTE_ROOM) : max);
        values.setTickUnit(new NumberTickUnit(max / 4, WHOLE.get()));
        values.setTickLabelFont(t.font(false, 9));
        values.setTickLabelPaint(TEXT);
        values.setLabelFont(t.font(axisLabel, false, 10));
        values.setLabelPaint(TEXT);
        values.setAxisLineVisible(false);
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        if (rightToLeft) {
            values.setInverted(true);
            plot.setDomainAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        // Room at the far end of the value axis for half its last tick label ("100").
        plot.setInsets(rightToLeft ? new RectangleInsets(4, 8, 4, 4) : new RectangleInsets(4, 4, 4, 8));
        return plot;
    }

    private static JFreeChart finish(CategoryPlot plot, Texts t, List<String> legendLabels, boolean legend) {
        JFreeChart chart = new JFreeChart(null, t.font(true, 12), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (legend) {
            LegendTitle l = chart.getLegend();
            l.setItemFont(t.font(String.join(" ", legendLabels), false, 10));
            l.setItemPaint(TEXT);
            l.setFrame(BlockBorder.NONE);
            l.setBackgroundPaint(Color.WHITE);
            l.setPosition(RectangleEdge.BOTTOM);
        }
        return chart;
    }

    /**
     * The chart's text as its target takes it. JFreeChart draws each label in one font with
     * {@code drawString}: for a target that neither reorders nor shapes (PDF), labels are handed over
     * shaped and in visual order, each in the first family of the chain that has all its characters
     * (category labels, which JFreeChart wraps, are built run by run instead: {@link ChainAxis}).
     */
    static final class Texts {
        private final Typeface face;
        private final Typeface.Target target;

        Texts(Typeface face, Typeface.Target target) {
            this.face = face;
            this.target = target;
        }

        /** The label as drawn. */
        String shown(String logical) {
            return target == Typeface.Target.GLYPHS ? face.visual(logical) : logical;
        }

        /** The chain's first family. */
        Font font(boolean bold, float size) {
            return face.font(bold, size);
        }

        /** The family of the chain for a label drawn in one font. */
        Font font(String logical, boolean bold, float size) {
            return face.font(logical.isEmpty() ? 0 : face.single(logical), bold, size);
        }
    }

    /**
     * A category axis whose labels are wrapped by the chain's measure in logical order (so that an
     * Arabic label's first line holds its first words), then written line by line as runs, each in the
     * family of the chain that has its characters.
     */
    private static final class ChainAxis extends CategoryAxis {
        private final Texts t;

        ChainAxis(Texts t) {
            super(null);
            this.t = t;
        }

        @Override
        protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
            String logical = category instanceof Key k ? k.label() : category.toString();
            Font base = getTickLabelFont(category);
            boolean bold = base.isBold();
            float size = base.getSize2D();
            Paint paint = getTickLabelPaint(category);
            Typeface face = t.face;
            TextMeasurer measure = (text, start, end) -> (float) (face.width(text.substring(start, end), bold) * size);
            TextBlock wrapped = TextUtils.createTextBlock(logical, base, paint, width, getMaximumCategoryLabelLines(),
                    measure);
            TextBlock block = new TextBlock();
            block.setLineAlignment(wrapped.getLineAlignment());
            if (face.rightToLeft(logical)) {
                block.setLineAlignment(HorizontalAlignment.RIGHT);   // lines of a right-to-left label start at the right
            }
            for (Object o : wrapped.getLines()) {
                String line = ((TextLine) o).getFirstTextFragment().getText();
                TextLine out = new TextLine();
                if (t.target == Typeface.Target.LOGICAL) {
                    out.addFragment(new TextFragment(line, t.font(line, bold, size), paint));
                } else {
                    for (Typeface.Run r : face.runs(face.visual(line))) {
                        out.addFragment(new TextFragment(r.text(), face.font(r.family(), bold, size), paint));
                    }
                }
                block.addLine(out);
            }
            return block;
        }
    }

    /**
     * A category or series key: unique by position, shown as its label (two rows may share a label) in
     * the form its target takes.
     */
    record Key(int index, String label, String shown) implements Comparable<Key> {
        Key(int index, String label) {
            this(index, label, label);
        }

        @Override
        public int compareTo(Key o) {
            return Integer.compare(index, o.index);
        }

        @Override
        public String toString() {
            return shown;
        }
    }

    /** The note of each bar as its item label. */
    private record Notes(List<BarChart.Bar> bars, Texts t) implements CategoryItemLabelGenerator {
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
            return note.isEmpty() ? null : t.shown(note);
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
