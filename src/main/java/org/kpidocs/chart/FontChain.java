package org.kpidocs.chart;

import java.util.List;
import java.util.Objects;

/**
 * How chart text is written: the font families tried, in order, for each character (a physical font
 * made with {@code Font.createFont} has no fallback of its own, so a character the first family
 * lacks is drawn in the first family of the chain that has it), and the writing direction of the
 * document the chart is part of.
 *
 * @param families    AWT font families, most preferred first; each must be registered with Java2D
 *                    (and, for PDFs, embedded); AWT substitutes a logical font for an unknown family
 * @param rightToLeft whether the document is written right to left: every label is then laid out as
 *                    a right-to-left paragraph (as the document's own text is); otherwise a label's
 *                    direction is that of its first strong character, left to right when it has none
 */
public record FontChain(List<String> families, boolean rightToLeft) {

    /** @throws IllegalArgumentException without families, or with a blank one */
    public FontChain {
        families = List.copyOf(families);
        if (families.isEmpty()) {
            throw new IllegalArgumentException("A font chain needs at least one family");
        }
        for (String f : families) {
            if (Objects.requireNonNull(f, "family").isBlank()) {
                throw new IllegalArgumentException("The font family must not be blank");
            }
        }
    }

    /** A left-to-right chain of {@code families}. */
    public static FontChain of(String... families) {
        return new FontChain(List.of(families), false);
    }

    /** The first family, used where one family must stand for the chain. */
    public String first() {
        return families.get(0);
    }
}
