package org.kpidocs.chart;

import java.awt.Color;
import java.util.Objects;

/**
 * How a {@link Sunburst} looks apart from its segment colours.
 *
 * @param fonts        the font families for all text, tried in order for each character (labels plain,
 *                     centre bold), and the document's writing direction
 * @param outline      colour of the lines between segments and rings
 * @param outlineWidth width of those lines for a 500-unit diameter (it scales with the chart); 0 for none
 * @param centreFill   colour of the centre disc; the centre label is black or white, whichever contrasts more
 */
public record Style(FontChain fonts, Color outline, double outlineWidth, Color centreFill) {

    /** @throws IllegalArgumentException if the outline width is negative or not finite */
    public Style {
        Objects.requireNonNull(fonts, "fonts");
        Objects.requireNonNull(outline, "outline");
        Objects.requireNonNull(centreFill, "centreFill");
        if (!(outlineWidth >= 0) || Double.isInfinite(outlineWidth)) {
            throw new IllegalArgumentException(
                    "The outline width must be zero or positive and finite, not " + outlineWidth);
        }
    }

    /**
     * A style whose text is in one family, left to right, e.g. {@code "Noto Sans"}; AWT falls back to a
     * logical font if the family is not registered.
     *
     * @throws IllegalArgumentException if the family is blank or the outline width negative or not finite
     */
    public Style(String fontFamily, Color outline, double outlineWidth, Color centreFill) {
        this(FontChain.of(fontFamily), outline, outlineWidth, centreFill);
    }
}
