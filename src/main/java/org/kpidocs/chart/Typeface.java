package org.kpidocs.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;

/**
 * A font family measured once, device-independently (antialiased, fractional metrics, no transform),
 * so that layout is the same whether the chart goes to a PDF, an image or SVG. Widths are in ems
 * (multiples of the font size): with fractional metrics they scale linearly with the size.
 */
final class Typeface {

    private static final float REFERENCE_SIZE = 100f;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final Font plain;
    private final Font bold;
    private final double ascent;
    private final double descent;

    Typeface(String family) {
        plain = new Font(family, Font.PLAIN, (int) REFERENCE_SIZE);
        bold = new Font(family, Font.BOLD, (int) REFERENCE_SIZE);
        Rectangle2D ink = plain.createGlyphVector(FRC, "Hdgjpqy").getVisualBounds();
        ascent = -ink.getMinY() / REFERENCE_SIZE;
        descent = ink.getMaxY() / REFERENCE_SIZE;
    }

    /** Advance width of {@code text} in ems. */
    double width(String text, boolean isBold) {
        return (isBold ? bold : plain).getStringBounds(text, FRC).getWidth() / REFERENCE_SIZE;
    }

    /** Height of ascenders above the baseline, in ems (ink, not the font's nominal ascent). */
    double ascent() {
        return ascent;
    }

    /** Depth of descenders below the baseline, in ems. */
    double descent() {
        return descent;
    }

    /** Ink height of one line: ascent + descent, in ems. */
    double lineHeight() {
        return ascent + descent;
    }

    Font font(boolean isBold, double size) {
        return (isBold ? bold : plain).deriveFont((float) size);
    }
}
