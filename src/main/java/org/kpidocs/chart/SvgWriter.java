package org.kpidocs.chart;

import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.Objects;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.SVGUtils;

/**
 * Writes a {@link Sunburst} as a standalone, accessible SVG element for HTML pages, painted by
 * {@link SunburstPainter} through JFreeSVG.
 *
 * <p>The element has {@code role="img"} and a {@code <title>} and {@code <desc>} as its first children.
 * Labels stay {@code <text>} elements (searchable, selectable), XML-escaped, in logical order: the
 * browser shapes and orders them and falls back along the {@code font-family} list of the whole
 * chain; right-to-left paragraphs carry {@code direction="rtl"}. The output is
 * deterministic: the same input gives the same string, byte for byte.
 */
public final class SvgWriter {

    /**
     * JFreeSVG writes font sizes as whole numbers: the drawing is made this many times larger than
     * asked and scaled back by the viewBox, so a 3.5 px label is not rounded to 4 px.
     */
    static final double OVERSAMPLING = 10;

    private SvgWriter() {
    }

    /**
     * The chart as an {@code <svg>} element.
     *
     * @param s           the chart
     * @param width       width attribute, in CSS pixels, positive
     * @param height      height attribute, in CSS pixels, positive
     * @param title       accessible name, written as {@code <title>}
     * @param description accessible description, written as {@code <desc>}
     * @return the element, without an XML declaration
     * @throws IllegalArgumentException if width or height is not positive and finite
     */
    public static String svg(Sunburst s, double width, double height, String title, String description) {
        Objects.requireNonNull(s, "s");
        return svg((g, area) -> SunburstPainter.paint(s, g, area, SvgWriter::preEscapeAmpersands,
                Typeface.Target.LOGICAL), s.style().fonts(), width, height, title, description);
    }

    /**
     * A bar chart as an {@code <svg>} element, with the same guarantees as the sunburst's.
     *
     * @see #svg(Sunburst, double, double, String, String)
     */
    public static String svg(BarChart c, double width, double height, String title, String description) {
        Objects.requireNonNull(c, "c");
        BarChart escaped = new BarChart(c.bars().stream().map(b -> new BarChart.Bar(preEscapeAmpersands(b.label()),
                b.value(), b.colour(), preEscapeAmpersands(b.note()), b.strong())).toList(),
                preEscapeAmpersands(c.axisLabel()), c.max(), c.bands(), c.fonts());
        return svg((g, area) -> BarCharts.paint(escaped, g, area, Typeface.Target.LOGICAL), c.fonts(), width, height,
                title, description);
    }

    /**
     * A stacked bar chart as an {@code <svg>} element, with the same guarantees as the sunburst's.
     *
     * @see #svg(Sunburst, double, double, String, String)
     */
    public static String svg(StackedBarChart c, double width, double height, String title, String description) {
        Objects.requireNonNull(c, "c");
        StackedBarChart escaped = new StackedBarChart(c.rows().stream().map(SvgWriter::preEscapeAmpersands).toList(),
                c.series().stream().map(s -> new StackedBarChart.Series(preEscapeAmpersands(s.name()), s.colour(),
                        s.values())).toList(), preEscapeAmpersands(c.axisLabel()), c.max(), c.fonts());
        return svg((g, area) -> BarCharts.paint(escaped, g, area, Typeface.Target.LOGICAL), c.fonts(), width, height,
                title, description);
    }

    private static String svg(java.util.function.BiConsumer<java.awt.Graphics2D, Rectangle2D> painter, FontChain fonts,
                              double width, double height, String title, String description) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        if (!(width > 0) || !(height > 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
            throw new IllegalArgumentException("The SVG needs a positive, finite size, not " + width + " × " + height);
        }
        double w = width * OVERSAMPLING;
        double h = height * OVERSAMPLING;
        SVGGraphics2D g = new SVGGraphics2D(w, h);
        g.setDefsKeyPrefix("sb");                                  // default is time-based
        g.setGeomDoubleConverter(SVGUtils.createDoubleConverter(1));   // Locale.US, 0.01 px after scaling
        g.setTransformDoubleConverter(SVGUtils.createDoubleConverter(5));
        String family = cssFontFamily(fonts.families());
        g.setFontFunction(ignored -> family);                     // the requested family, not AWT's fallback
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        painter.accept(g, new Rectangle2D.Double(0, 0, w, h));

        String element = g.getSVGElement(null, false, null, null, null);
        String body = element.substring(element.indexOf('>') + 1);   // JFreeSVG's start tag replaced by ours
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\""
                + " width=\"" + number(width) + "\" height=\"" + number(height) + "\""
                + " viewBox=\"0 0 " + number(w) + " " + number(h) + "\">"
                + "<title>" + escape(title) + "</title>"
                + "<desc>" + escape(description) + "</desc>"
                + directed(body, fonts.rightToLeft());
    }

    private static final java.util.regex.Pattern TEXT = java.util.regex.Pattern.compile("<text((?: [^>]*)?)>([^<]*)</text>");

    /**
     * Marks every {@code <text>} whose content is a right-to-left paragraph ({@link ChartText#rightToLeft})
     * with {@code direction="rtl"}, so the browser orders and shapes it as one (the text itself stays in
     * logical order). The painters place text by its left end, which in right-to-left text is its
     * end: hence {@code text-anchor="end"}.
     */
    static String directed(String svg, boolean rtlDocument) {
        java.util.regex.Matcher m = TEXT.matcher(svg);
        StringBuilder b = new StringBuilder(svg.length() + 64);
        while (m.find()) {
            String replacement = ChartText.rightToLeft(m.group(2), rtlDocument)
                    ? "<text direction=\"rtl\" unicode-bidi=\"embed\" text-anchor=\"end\"" + m.group(1) + ">"
                    + m.group(2) + "</text>"
                    : m.group();
            m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        m.appendTail(b);
        return b.toString();
    }

    /**
     * JFreeSVG leaves an '&' alone when it already starts an entity ("&lt;" …), so the label "&lt;"
     * would come out as "<". Writing every '&' as "&amp;" first gives the literal text in all cases.
     */
    private static String preEscapeAmpersands(String text) {
        return text.replace("&", "&amp;");
    }

    /** A CSS font-family list of the chain, safe inside JFreeSVG's single-quoted style attribute. */
    static String cssFontFamily(java.util.List<String> families) {
        StringBuilder list = new StringBuilder();
        for (String family : families) {
            StringBuilder b = new StringBuilder();
            for (char c : family.toCharArray()) {
                if (c >= ' ' && "\"'<>&\\;{},".indexOf(c) < 0 && !Character.isISOControl(c)) {
                    b.append(c);
                }
            }
            String name = b.toString().strip();
            if (!name.isEmpty()) {
                list.append('"').append(name).append("\", ");
            }
        }
        return list.append("sans-serif").toString();
    }

    /** A CSS font-family list of one family. */
    static String cssFontFamily(String family) {
        return cssFontFamily(java.util.List.of(family));
    }

    /** Text content escaped for XML; characters XML cannot hold are dropped. */
    static String escape(String text) {
        String clean = Lines.clean(text);
        StringBuilder b = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String number(double v) {
        return BigDecimal.valueOf(v).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
