package org.kpidocs.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class SunburstPainterTest {

    static final Color CENTRE = new Color(0x1D3557);
    static final Color RED = new Color(0xD7263D);
    static final Color ORANGE = new Color(0xF49D37);
    static final Color GREEN = new Color(0x2E7D32);
    static final Color GREY = new Color(0xBDBDBD);

    static Sunburst chart(String centre) {
        Ring inner = new Ring(List.of(
                new Segment("Economy", 45, RED), new Segment("Environment", 17, GREEN),
                new Segment("Society and Culture", 29, ORANGE)), 1, LabelMode.TANGENTIAL);
        Ring outer = new Ring(List.of(
                new Segment("Household Internet Access", 30, GREEN), new Segment("Water", 15, GREY),
                new Segment("Air Pollution", 17, ORANGE), new Segment("Drainage / Storm Water System ICT Monitoring", 29, RED)),
                2, LabelMode.RADIAL);
        return new Sunburst(centre, List.of(inner, outer), new Style("Noto Sans", Color.WHITE, 1, CENTRE));
    }

    static BufferedImage paint(Sunburst s) {
        BufferedImage image = new BufferedImage(800, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 800, 800);
        SunburstPainter.paint(s, g, new Rectangle2D.Double(0, 0, 800, 800));
        g.dispose();
        return image;
    }

    private static Color at(BufferedImage image, Point2D p) {
        return new Color(image.getRGB((int) Math.round(p.getX()), (int) Math.round(p.getY())));
    }

    @Test
    void segmentsAreFilledWithTheirColourNearTheirLeadingEdge() {
        Sunburst s = chart("Santa Cruz");
        BufferedImage image = paint(s);
        Layout layout = Layout.of(s, new Rectangle2D.Double(0, 0, 800, 800));

        for (int ring = 0; ring < s.rings().size(); ring++) {
            List<Segment> segments = s.rings().get(ring).segments();
            double r = (layout.innerRadius(ring) * 3 + layout.outerRadius(ring)) / 4;
            for (int j = 0; j < segments.size(); j++) {
                // 4° past the start: clear of the outline (1.6 px) and of the label (centred on the middle)
                Point2D p = layout.point(r, layout.startAngle(ring, j) + 4);
                assertThat(at(image, p)).as("ring %d segment %d at %s", ring, j, p).isEqualTo(segments.get(j).fill());
            }
        }
    }

    @Test
    void centreDiscHasTheCentreFill() {
        BufferedImage image = paint(chart(""));

        assertThat(new Color(image.getRGB(400, 400))).isEqualTo(CENTRE);
        assertThat(new Color(image.getRGB(400 + 50, 400 - 20))).isEqualTo(CENTRE);
    }

    @Test
    void centreLabelIsDrawnInTheContrastingColourInsideTheDisc() {
        BufferedImage image = paint(chart("Santa Cruz"));
        Layout layout = Layout.of(chart(""), new Rectangle2D.Double(0, 0, 800, 800));
        int r0 = (int) layout.centreRadius();

        int white = 0;
        for (int y = 400 - r0; y < 400 + r0; y++) {
            for (int x = 400 - r0; x < 400 + r0; x++) {
                if (image.getRGB(x, y) == Color.WHITE.getRGB()) {
                    white++;
                }
            }
        }
        assertThat(white).as("white text pixels on the dark centre").isGreaterThan(100);
        assertThat(new Color(image.getRGB(400, 400 + r0 - 4))).isEqualTo(CENTRE);
    }

    @Test
    void outsideTheCircleNothingIsPainted() {
        BufferedImage image = paint(chart("City"));

        assertThat(new Color(image.getRGB(2, 2))).isEqualTo(Color.WHITE);
        assertThat(new Color(image.getRGB(797, 797))).isEqualTo(Color.WHITE);
    }

    @Test
    void graphicsStateIsRestoredAfterPainting() {
        BufferedImage image = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        AffineTransform transform = AffineTransform.getTranslateInstance(10, 20);
        Font font = new Font(Font.SERIF, Font.ITALIC, 13);
        BasicStroke stroke = new BasicStroke(3);
        Rectangle clip = new Rectangle(5, 5, 200, 200);
        g.setTransform(transform);
        g.setFont(font);
        g.setPaint(Color.MAGENTA);
        g.setStroke(stroke);
        g.setClip(clip);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        Object clipBefore = g.getClip();

        SunburstPainter.paint(chart("City"), g, new Rectangle2D.Double(0, 0, 250, 250));

        assertThat(g.getTransform()).isEqualTo(transform);
        assertThat(g.getFont()).isEqualTo(font);
        assertThat(g.getPaint()).isEqualTo(Color.MAGENTA);
        assertThat(g.getColor()).isEqualTo(Color.MAGENTA);
        assertThat(g.getStroke()).isEqualTo(stroke);
        assertThat(g.getClip()).isEqualTo(clipBefore);
        assertThat(g.getRenderingHint(RenderingHints.KEY_ANTIALIASING)).isEqualTo(RenderingHints.VALUE_ANTIALIAS_OFF);
        g.dispose();
    }

    @Test
    void paintsIntoANonSquareAreaCentred() {
        Sunburst s = chart("");
        BufferedImage image = new BufferedImage(800, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 800, 400);
        SunburstPainter.paint(s, g, new Rectangle2D.Double(0, 0, 800, 400));
        g.dispose();

        assertThat(new Color(image.getRGB(400, 200))).isEqualTo(CENTRE);
        assertThat(new Color(image.getRGB(100, 200))).isEqualTo(Color.WHITE);   // left of the 400-px circle
    }

    @Test
    void anEmptyAreaPaintsNothing() {
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        SunburstPainter.paint(chart("City"), g, new Rectangle2D.Double(0, 0, 0, 10));
        g.dispose();

        assertThat(image.getRGB(5, 5)).isEqualTo(Color.BLACK.getRGB());
    }

    @Test
    void aRingOfOneSegmentIsAFullAnnulus() {
        Sunburst s = new Sunburst("", List.of(new Ring(List.of(new Segment("All", 1, GREEN)), 1, LabelMode.NONE)),
                new Style("Noto Sans", Color.WHITE, 1, CENTRE));
        BufferedImage image = paint(s);
        Layout layout = Layout.of(s, new Rectangle2D.Double(0, 0, 800, 800));
        double r = (layout.innerRadius(0) + layout.outerRadius(0)) / 2;

        for (double angle = 0; angle < 360; angle += 30) {
            assertThat(at(image, layout.point(r, angle))).isEqualTo(GREEN);
        }
    }
}
