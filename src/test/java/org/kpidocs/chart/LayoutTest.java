package org.kpidocs.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTest {

    static final Style NO_OUTLINE = new Style("Noto Sans", Color.WHITE, 0, Color.WHITE);

    private static Sunburst chart() {
        Ring inner = new Ring(List.of(
                new Segment("A", 1, Color.RED), new Segment("B", 2, Color.GREEN), new Segment("C", 1, Color.BLUE)),
                1, LabelMode.TANGENTIAL);
        Ring outer = new Ring(List.of(
                new Segment("a", 0.4, Color.RED), new Segment("b", 0.6, Color.RED), new Segment("c", 3, Color.GREEN)),
                2, LabelMode.RADIAL);
        return new Sunburst("City", List.of(inner, outer), NO_OUTLINE);
    }

    @Test
    void firstSegmentStartsAtTwelveOClock() {
        Layout layout = Layout.of(chart(), new Rectangle2D.Double(0, 0, 400, 400));

        assertThat(layout.startAngle(0, 0)).isZero();
        assertThat(layout.startAngle(1, 0)).isZero();
        Point2D top = layout.point(100, 0);
        assertThat(top.getX()).isCloseTo(200, within(1e-9));
        assertThat(top.getY()).isCloseTo(100, within(1e-9));
    }

    @Test
    void segmentsRunClockwiseWithExtentsProportionalToWeights() {
        Layout layout = Layout.of(chart(), new Rectangle2D.Double(0, 0, 400, 400));

        assertThat(layout.extent(0, 0)).isCloseTo(90, within(1e-9));
        assertThat(layout.extent(0, 1)).isCloseTo(180, within(1e-9));
        assertThat(layout.extent(0, 2)).isCloseTo(90, within(1e-9));
        assertThat(layout.startAngle(0, 1)).isCloseTo(90, within(1e-9));
        assertThat(layout.startAngle(0, 2)).isCloseTo(270, within(1e-9));
        assertThat(layout.extent(1, 0)).isCloseTo(36, within(1e-9));
        assertThat(layout.midAngle(0, 1)).isCloseTo(180, within(1e-9));
        Point2D quarter = layout.point(100, 90);                 // clockwise: 90° is 3 o'clock
        assertThat(quarter.getX()).isCloseTo(300, within(1e-9));
        assertThat(quarter.getY()).isCloseTo(200, within(1e-9));
    }

    @Test
    void everyRingCoversTheFullCircle() {
        Layout layout = Layout.of(WheelFixture.wheel("City", LabelMode.RADIAL), new Rectangle2D.Double(0, 0, 500, 500));

        for (int ring = 0; ring < layout.rings(); ring++) {
            double sum = 0;
            for (int j = 0; j < layout.segments(ring); j++) {
                assertThat(layout.startAngle(ring, j)).isCloseTo(sum, within(1e-9));
                sum += layout.extent(ring, j);
            }
            int last = layout.segments(ring) - 1;
            assertThat(layout.startAngle(ring, last) + layout.extent(ring, last)).isEqualTo(360);
        }
    }

    @Test
    void circleIsCentredInTheAreaWithTheSmallerSideAsDiameter() {
        Layout layout = Layout.of(chart(), new Rectangle2D.Double(10, 20, 800, 600));

        assertThat(layout.centreX()).isEqualTo(410);
        assertThat(layout.centreY()).isEqualTo(320);
        assertThat(layout.radius()).isEqualTo(300);
    }

    @Test
    void ringRadiiAreProportionalToThicknessWithTheCentreCountingAsOne() {
        Layout layout = Layout.of(chart(), new Rectangle2D.Double(0, 0, 800, 800));

        assertThat(layout.centreRadius()).isCloseTo(100, within(1e-9));
        assertThat(layout.innerRadius(0)).isCloseTo(100, within(1e-9));
        assertThat(layout.outerRadius(0)).isCloseTo(200, within(1e-9));
        assertThat(layout.innerRadius(1)).isCloseTo(200, within(1e-9));
        assertThat(layout.outerRadius(1)).isCloseTo(400, within(1e-9));
    }

    @Test
    void outlineStaysInsideTheArea() {
        Sunburst s = new Sunburst("", chart().rings(), new Style("Noto Sans", Color.WHITE, 2, Color.WHITE));
        Layout layout = Layout.of(s, new Rectangle2D.Double(0, 0, 500, 500));

        assertThat(layout.strokeWidth()).isEqualTo(2);
        assertThat(layout.radius() + layout.strokeWidth() / 2).isEqualTo(250);
    }
}
