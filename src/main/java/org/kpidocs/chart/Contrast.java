package org.kpidocs.chart;

import java.awt.Color;

/** Black or white text, whichever contrasts more with a background (WCAG 2 relative luminance). */
final class Contrast {

    private Contrast() {
    }

    /** WCAG 2 relative luminance of an sRGB colour, 0 (black) to 1 (white). */
    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** Contrast ratio (1–21) between two luminances. */
    static double ratio(double l1, double l2) {
        return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    }

    /** {@link Color#BLACK} or {@link Color#WHITE}, whichever has the higher contrast ratio on {@code fill}. */
    static Color textOn(Color fill) {
        double l = luminance(fill);
        return ratio(l, 0) >= ratio(l, 1) ? Color.BLACK : Color.WHITE;
    }
}
