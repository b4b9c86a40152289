package org.kpidocs.document;

import java.awt.Color;
import org.kpidocs.assessment.Band;

/**
 * The colours of the four bands and of items without a score. No U4SSC text gives the colours
 * (domain reference §3.5); red → amber → light green → dark green is the convention the published
 * wheels follow, with grey for not scored. Each colour keeps at least 4.5:1 contrast with the label
 * colour chosen for it ({@link #textOn}).
 */
public final class BandStyle {

    private BandStyle() {
    }

    public static final Color NOT_SCORED = new Color(0xBDBDBD);

    public static Color colour(Band band) {
        if (band == null) {
            return NOT_SCORED;
        }
        return switch (band) {
            case BELOW_33 -> new Color(0xC62828);
            case FROM_33 -> new Color(0xF9A825);
            case FROM_66 -> new Color(0x9CCC65);
            case FROM_95 -> new Color(0x2E7D32);
        };
    }

    /** The CSS classes of the four bands and of "not scored", for a document's palette. */
    public static java.util.List<CssColour> palette() {
        java.util.List<CssColour> colours = new java.util.ArrayList<>();
        for (Band b : Band.values()) {
            colours.add(CssColour.of(cssClass(b), colour(b)));
        }
        colours.add(CssColour.of(cssClass(null), NOT_SCORED));
        return colours;
    }

    /** A lighter shade of a band colour (mixed with white, opaque), for backgrounds behind charts. */
    public static Color tint(Color c, double white) {
        return new Color(mix(c.getRed(), white), mix(c.getGreen(), white), mix(c.getBlue(), white));
    }

    private static int mix(int channel, double white) {
        return (int) Math.round(channel + (255 - channel) * white);
    }

    /** CSS class of a band cell: {@code b1} … {@code b4}, or {@code na}. */
    public static String cssClass(Band band) {
        return band == null ? "na" : "b" + band.points();
    }

    /** Hex colour for CSS, e.g. {@code #C62828}. */
    public static String hex(Color c) {
        return String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }

    /** Black or white, whichever reads better on {@code fill} (WCAG relative luminance). */
    public static Color textOn(Color fill) {
        double l = 0.2126 * linear(fill.getRed()) + 0.7152 * linear(fill.getGreen()) + 0.0722 * linear(fill.getBlue());
        return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? Color.BLACK : Color.WHITE;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
