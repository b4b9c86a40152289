package org.kpidocs.chart;

import java.awt.Color;
import java.util.Objects;

/**
 * How a {@link Sunburst} looks apart from its segment colours.
 *
 * @param fontFamily   AWT font family for all text, e.g. {@code "Noto Sans"} (labels plain, centre bold);
 *                     AWT falls back to a logical font if the family is not registered
 * @param outline      colour of the lines between segments and rings
 * @param outlineWidth width of those lines for a 500-unit diameter (it scales with the chart); 0 for none
 * @param centreFill   colour of the centre disc; the centre label is black or white, whichever contrasts more
 */
public record Style(String fontFamily, Color outline, double outlineWidth, Color centreFill) {

    /** @throws IllegalArgumentException if the family is blank or the outline width negative or not finite */
    public Style {
        Objects.requireNonNull(fontFamily, "fontFamily");
        Objects.requireNonNull(outline, "outline");
        Objects.requireNonNull(centreFill, "centreFill");
        if (fontFamily.isBlank()) {
            throw new IllegalArgumentException("The font family must not be blank");
        }
        if (!(outlineWidth >= 0) || Double.isInfinite(outlineWidth)) {
            throw new IllegalArgumentException(
                    "The outline width must be zero or positive and finite, not " + outlineWidth);
        }
    }
}
