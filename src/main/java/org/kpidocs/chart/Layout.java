package org.kpidocs.chart;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Where everything of a {@link Sunburst} goes in a given area. Angles are compass angles in degrees:
 * 0 at 12 o'clock, growing clockwise (on screen, where y grows downwards).
 */
final class Layout {

    /** The diameter for which font sizes, paddings and the outline width are defined. */
    static final double REFERENCE_DIAMETER = 500;

    private final double centreX;
    private final double centreY;
    private final double radius;
    private final double scale;
    private final double strokeWidth;
    private final double centreRadius;
    private final double[] inner;
    private final double[] outer;
    private final double[][] start;
    private final double[][] extent;

    private Layout(Sunburst s, Rectangle2D area) {
        double diameter = Math.max(0, Math.min(area.getWidth(), area.getHeight()));
        centreX = area.getCenterX();
        centreY = area.getCenterY();
        scale = diameter / REFERENCE_DIAMETER;
        strokeWidth = s.style().outlineWidth() * scale;
        radius = Math.max(0, diameter / 2 - strokeWidth / 2);

        List<Ring> rings = s.rings();
        double units = 1;
        for (Ring r : rings) {
            units += r.thickness();
        }
        double unit = radius / units;
        centreRadius = unit;
        inner = new double[rings.size()];
        outer = new double[rings.size()];
        start = new double[rings.size()][];
        extent = new double[rings.size()][];
        double r0 = centreRadius;
        for (int i = 0; i < rings.size(); i++) {
            Ring ring = rings.get(i);
            inner[i] = r0;
            r0 += ring.thickness() * unit;
            outer[i] = i == rings.size() - 1 ? radius : r0;
            int n = ring.segments().size();
            start[i] = new double[n];
            extent[i] = new double[n];
            double total = ring.total();
            double sum = 0;
            for (int j = 0; j < n; j++) {
                start[i][j] = 360 * sum / total;
                sum += ring.segments().get(j).weight();
            }
            for (int j = 0; j < n; j++) {
                double end = j == n - 1 ? 360 : start[i][j + 1];
                extent[i][j] = end - start[i][j];
            }
        }
    }

    /** The layout of {@code s} in {@code area}: a circle of diameter min(width, height) centred in it. */
    static Layout of(Sunburst s, Rectangle2D area) {
        return new Layout(s, area);
    }

    double centreX() {
        return centreX;
    }

    double centreY() {
        return centreY;
    }

    /** Outer radius of the outermost ring (the outline stays inside the area). */
    double radius() {
        return radius;
    }

    /** Actual diameter / {@link #REFERENCE_DIAMETER}: the factor for reference sizes. */
    double scale() {
        return scale;
    }

    /** The outline width in user units. */
    double strokeWidth() {
        return strokeWidth;
    }

    double centreRadius() {
        return centreRadius;
    }

    int rings() {
        return inner.length;
    }

    int segments(int ring) {
        return start[ring].length;
    }

    double innerRadius(int ring) {
        return inner[ring];
    }

    double outerRadius(int ring) {
        return outer[ring];
    }

    /** Compass angle (degrees) where the segment starts. */
    double startAngle(int ring, int segment) {
        return start[ring][segment];
    }

    /** Angle (degrees) the segment covers, clockwise from its start. */
    double extent(int ring, int segment) {
        return extent[ring][segment];
    }

    /** Compass angle (degrees) of the segment's middle. */
    double midAngle(int ring, int segment) {
        return start[ring][segment] + extent[ring][segment] / 2;
    }

    /** The point at {@code r} from the centre in compass direction {@code angle} (degrees). */
    Point2D point(double r, double angle) {
        double a = Math.toRadians(angle);
        return new Point2D.Double(centreX + r * Math.sin(a), centreY - r * Math.cos(a));
    }
}
