package org.kpidocs.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Paints a {@link Sunburst} with Java2D: a circle of diameter min(width, height) centred in the area,
 * the centre disc with its label, and the rings outwards, each segment a filled annular sector
 * starting at 12 o'clock and running clockwise, outlined in the style's outline colour, labelled in
 * black or white text.
 *
 * <p>Shapes are filled, then all outlines drawn, then all labels, so lines never cross text. Each
 * character is drawn in the first family of the style's {@link FontChain} that has it, right-to-left
 * text in visual order with Arabic shaped (the target need not reorder or shape: a PDF page through
 * pdfbox-graphics2d does neither). Text is drawn with
 * {@link Graphics2D#drawString(String, float, float)}, so vector targets (PDF, SVG) keep it as text;
 * only a Java2D raster target gets right-to-left runs as glyph vectors, since it would reorder a
 * string again. Painting only reads the Graphics2D's state; the transform, paint, colour, font,
 * stroke and rendering hints are restored afterwards and the clip is never changed. Stateless and
 * thread-safe.
 */
public final class SunburstPainter {

    private SunburstPainter() {
    }

    /**
     * Paints {@code s} into {@code area} of {@code g}; nothing if the area is empty.
     *
     * @param s    the chart
     * @param g    where to paint; its current transform maps {@code area} to the device
     * @param area the bounds to paint in, in {@code g}'s user space
     */
    public static void paint(Sunburst s, Graphics2D g, Rectangle2D area) {
        paint(s, g, area, UnaryOperator.identity());
    }

    /** As {@link #paint(Sunburst, Graphics2D, Rectangle2D)}, passing every drawn string through {@code encoder}. */
    static void paint(Sunburst s, Graphics2D g, Rectangle2D area, UnaryOperator<String> encoder) {
        paint(s, g, area, encoder, Typeface.Target.GLYPHS);
    }

    /** As {@link #paint(Sunburst, Graphics2D, Rectangle2D, UnaryOperator)}, for a target that takes text as {@code target}. */
    static void paint(Sunburst s, Graphics2D g, Rectangle2D area, UnaryOperator<String> encoder,
                      Typeface.Target target) {
        Objects.requireNonNull(s, "s");
        Objects.requireNonNull(g, "g");
        Objects.requireNonNull(area, "area");
        Layout layout = Layout.of(s, area);
        if (!(layout.radius() > 0)) {
            return;
        }
        AffineTransform transform = g.getTransform();
        Paint paint = g.getPaint();
        Color colour = g.getColor();
        Font font = g.getFont();
        Stroke stroke = g.getStroke();
        RenderingHints hints = g.getRenderingHints();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            fill(s, g, layout);
            outline(s, g, layout);
            LabelPainter labels = new LabelPainter(g, layout, new Typeface(s.style().fonts()), encoder, target);
            labels.paintCentre(s.centreLabel(), s.style().centreFill());
            for (int i = 0; i < s.rings().size(); i++) {
                labels.paintRing(i, s.rings().get(i));
            }
        } finally {
            g.setTransform(transform);
            g.setStroke(stroke);
            g.setFont(font);
            g.setColor(colour);
            g.setPaint(paint);
            g.setRenderingHints(hints);
        }
    }

    private static void fill(Sunburst s, Graphics2D g, Layout layout) {
        double cx = layout.centreX();
        double cy = layout.centreY();
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        Arc2D.Double arc = new Arc2D.Double();
        Ellipse2D.Double circle = new Ellipse2D.Double();
        List<Ring> rings = s.rings();
        for (int i = 0; i < rings.size(); i++) {
            double ri = layout.innerRadius(i);
            double ro = layout.outerRadius(i);
            List<Segment> segments = rings.get(i).segments();
            for (int j = 0; j < segments.size(); j++) {
                double start = layout.startAngle(i, j);
                double extent = layout.extent(i, j);
                path.reset();
                if (segments.size() == 1) {
                    circle.setFrameFromCenter(cx, cy, cx + ro, cy + ro);
                    path.append(circle, false);
                    circle.setFrameFromCenter(cx, cy, cx + ri, cy + ri);
                    path.append(circle, false);
                } else {
                    // Arc2D: degrees from 3 o'clock, counter-clockwise; compass: from 12 o'clock, clockwise
                    arc.setArcByCenter(cx, cy, ro, 90 - start, -extent, Arc2D.OPEN);
                    path.append(arc, false);
                    arc.setArcByCenter(cx, cy, ri, 90 - start - extent, extent, Arc2D.OPEN);
                    path.append(arc, true);
                    path.closePath();
                }
                g.setPaint(segments.get(j).fill());
                g.fill(path);
            }
        }
        double r0 = layout.centreRadius();
        circle.setFrameFromCenter(cx, cy, cx + r0, cy + r0);
        g.setPaint(s.style().centreFill());
        g.fill(circle);
    }

    /** Circles between rings and radial lines between segments, each drawn once. */
    private static void outline(Sunburst s, Graphics2D g, Layout layout) {
        if (!(layout.strokeWidth() > 0)) {
            return;
        }
        double cx = layout.centreX();
        double cy = layout.centreY();
        // a multiple of 1/64: exact as a float, so vector output shows a short number
        float width = Math.max(1, Math.round(layout.strokeWidth() * 64)) / 64f;
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.setPaint(s.style().outline());
        Ellipse2D.Double circle = new Ellipse2D.Double();
        Line2D.Double line = new Line2D.Double();
        int rings = layout.rings();
        for (int i = 0; i <= rings; i++) {
            double r = i < rings ? layout.innerRadius(i) : layout.outerRadius(rings - 1);
            circle.setFrameFromCenter(cx, cy, cx + r, cy + r);
            g.draw(circle);
        }
        for (int i = 0; i < rings; i++) {
            int n = layout.segments(i);
            if (n < 2) {
                continue;
            }
            double ri = layout.innerRadius(i);
            double ro = layout.outerRadius(i);
            for (int j = 0; j < n; j++) {
                double a = Math.toRadians(layout.startAngle(i, j));
                double sin = Math.sin(a);
                double cos = Math.cos(a);
                line.setLine(cx + ri * sin, cy - ri * cos, cx + ro * sin, cy - ro * cos);
                g.draw(line);
            }
        }
    }
}
