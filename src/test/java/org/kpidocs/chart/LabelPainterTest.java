package org.kpidocs.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class LabelPainterTest {

    @Test
    void radialLabelsRunAlongTheRadiusAndAreNeverUpsideDown() {
        for (double mid = 0; mid < 360; mid += 0.5) {
            double phi = LabelPainter.radialRotation(mid);
            double dx = Math.cos(phi);                       // the baseline's direction on screen
            double dy = Math.sin(phi);
            double rx = Math.sin(Math.toRadians(mid));        // outward unit vector (y grows downwards)
            double ry = -Math.cos(Math.toRadians(mid));
            assertThat(dx).as("baseline reads left to right at %s°", mid).isGreaterThanOrEqualTo(-1e-9);
            assertThat(Math.abs(dx * ry - dy * rx)).as("parallel to the radius at %s°", mid).isCloseTo(0, within(1e-9));
        }
    }

    @Test
    void radialLabelsFlipOnTheLeftHalf() {
        assertThat(Math.cos(LabelPainter.radialRotation(90))).isCloseTo(1, within(1e-9));     // 3 o'clock: outwards
        assertThat(Math.cos(LabelPainter.radialRotation(270))).isCloseTo(1, within(1e-9));    // 9 o'clock: inwards
    }

    @Test
    void tangentialLabelsFollowTheTangentAndAreNeverUpsideDown() {
        for (double mid = 0; mid < 360; mid += 0.5) {
            double phi = LabelPainter.tangentialRotation(mid);
            double dx = Math.cos(phi);
            double dy = Math.sin(phi);
            double rx = Math.sin(Math.toRadians(mid));
            double ry = -Math.cos(Math.toRadians(mid));
            assertThat(dx).as("baseline reads left to right at %s°", mid).isGreaterThanOrEqualTo(-1e-9);
            assertThat(dx * rx + dy * ry).as("perpendicular to the radius at %s°", mid).isCloseTo(0, within(1e-9));
        }
        assertThat(Math.cos(LabelPainter.tangentialRotation(180))).isCloseTo(1, within(1e-9));  // bottom: flipped
    }

    @Test
    void textIsBlackOrWhiteWhicheverContrastsMore() {
        assertThat(Contrast.textOn(Color.WHITE)).isEqualTo(Color.BLACK);
        assertThat(Contrast.textOn(new Color(0xFCC30B))).isEqualTo(Color.BLACK);     // yellow
        assertThat(Contrast.textOn(new Color(0x9BC53D))).isEqualTo(Color.BLACK);     // light green
        assertThat(Contrast.textOn(new Color(0x1D3557))).isEqualTo(Color.WHITE);     // navy
        assertThat(Contrast.textOn(new Color(0x2E7D32))).isEqualTo(Color.WHITE);     // dark green
        assertThat(Contrast.textOn(Color.BLACK)).isEqualTo(Color.WHITE);
    }

    @Test
    void relativeLuminanceFollowsWcag() {
        assertThat(Contrast.luminance(Color.WHITE)).isCloseTo(1, within(1e-12));
        assertThat(Contrast.luminance(Color.BLACK)).isZero();
        assertThat(Contrast.ratio(1, 0)).isCloseTo(21, within(1e-12));
        assertThat(Contrast.luminance(new Color(0x777777))).isCloseTo(0.1845, within(1e-4));
    }
}
