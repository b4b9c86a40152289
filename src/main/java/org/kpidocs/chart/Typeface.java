package org.kpidocs.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link FontChain} measured once, device-independently (antialiased, fractional metrics, no
 * transform), so that layout is the same whether the chart goes to a PDF, an image or SVG. Widths are
 * in ems (multiples of the font size): with fractional metrics they scale linearly with the size.
 *
 * <p>Text is measured and drawn the same way: in visual order and shaped ({@link ChartText}), split
 * into runs by the first family of the chain that has each character (characters common to all
 * scripts, such as spaces, digits and punctuation, stay in the run they are in when its font has
 * them), each run in its own font. Line metrics come from the chain's first family.
 */
final class Typeface {

    private static final Logger LOG = LoggerFactory.getLogger(Typeface.class);
    private static final float REFERENCE_SIZE = 100f;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    /** How a target takes text. */
    enum Target {
        /**
         * Draws strings exactly as given (a PDF page through pdfbox-graphics2d) or reorders them itself
         * (Java2D raster): runs are drawn one by one, shaped, in visual order.
         */
        GLYPHS,
        /** Shapes, reorders and falls back itself (SVG in a browser): whole lines, in logical order. */
        LOGICAL
    }

    /** A piece of a visual line drawn in one family of the chain. */
    record Run(String text, int family) {
    }

    private final FontChain chain;
    private final Font[] plain;
    private final Font[] bold;
    private final double ascent;
    private final double descent;
    private final Set<Integer> reported = new HashSet<>();

    Typeface(FontChain chain) {
        this.chain = chain;
        int n = chain.families().size();
        plain = new Font[n];
        bold = new Font[n];
        for (int i = 0; i < n; i++) {
            plain[i] = new Font(chain.families().get(i), Font.PLAIN, (int) REFERENCE_SIZE);
            bold[i] = new Font(chain.families().get(i), Font.BOLD, (int) REFERENCE_SIZE);
        }
        Rectangle2D ink = plain[0].createGlyphVector(FRC, "Hdgjpqy").getVisualBounds();
        ascent = -ink.getMinY() / REFERENCE_SIZE;
        descent = ink.getMaxY() / REFERENCE_SIZE;
    }

    Typeface(String family) {
        this(FontChain.of(family));
    }

    FontChain chain() {
        return chain;
    }

    /** Whether the (logical) text is laid out right to left. */
    boolean rightToLeft(String text) {
        return ChartText.rightToLeft(text, chain.rightToLeft());
    }

    /** The text shaped and in visual order. */
    String visual(String text) {
        return ChartText.visual(text, chain.rightToLeft());
    }

    /** Advance width of the (logical) {@code text} in ems, as {@link #draw drawn}. */
    double width(String text, boolean isBold) {
        return visualWidth(runs(visual(text)), isBold);
    }

    private double visualWidth(List<Run> runs, boolean isBold) {
        double w = 0;
        for (Run r : runs) {
            w += runWidth(r, isBold);
        }
        return w;
    }

    private double runWidth(Run r, boolean isBold) {
        return (isBold ? bold : plain)[r.family()].getStringBounds(r.text(), FRC).getWidth() / REFERENCE_SIZE;
    }

    /**
     * The runs of a visual line: each character in the first family that has it, except that a
     * character of no particular script stays in the current run when that run's font has it. A
     * character no family has goes to the first family (it will show as a box) and is logged.
     */
    List<Run> runs(String visual) {
        List<Run> runs = new ArrayList<>(2);
        StringBuilder b = new StringBuilder(visual.length());
        int current = -1;
        for (int i = 0; i < visual.length(); ) {
            int cp = visual.codePointAt(i);
            int f = current >= 0 && isCommon(cp) && plain[current].canDisplay(cp) ? current : family(cp);
            if (f != current && b.length() > 0) {
                runs.add(new Run(b.toString(), current));
                b.setLength(0);
            }
            current = f;
            b.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (b.length() > 0) {
            runs.add(new Run(b.toString(), current));
        }
        return runs;
    }

    private static boolean isCommon(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.COMMON || s == Character.UnicodeScript.INHERITED;
    }

    /** The first family of the chain that has the character; the first family when none has it. */
    int family(int cp) {
        for (int f = 0; f < plain.length; f++) {
            if (plain[f].canDisplay(cp)) {
                return f;
            }
        }
        if (reported.add(cp)) {
            LOG.warn("No font of {} has character U+{} ('{}'); the chart shows it as a box", chain.families(),
                    String.format("%04X", cp), new String(Character.toChars(cp)));
        }
        return 0;
    }

    /**
     * The one family for a text that must be drawn in a single font (a JFreeChart label): the first
     * family that has every character of its visual form, else the one that has most of them (the
     * others are logged and will show as boxes).
     */
    int single(String text) {
        String v = visual(text);
        int best = 0;
        int bestCount = -1;
        for (int f = 0; f < plain.length; f++) {
            int count = 0;
            for (int i = 0; i < v.length(); ) {
                int cp = v.codePointAt(i);
                if (plain[f].canDisplay(cp)) {
                    count++;
                }
                i += Character.charCount(cp);
            }
            if (count == v.codePointCount(0, v.length())) {
                return f;
            }
            if (count > bestCount) {
                best = f;
                bestCount = count;
            }
        }
        LOG.warn("No single font of {} has every character of the chart label \"{}\"; using {}, some characters "
                + "will show as boxes", chain.families(), text, chain.families().get(best));
        return best;
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

    /** The chain's first family. */
    Font font(boolean isBold, double size) {
        return font(0, isBold, size);
    }

    Font font(int family, boolean isBold, double size) {
        return (isBold ? bold : plain)[family].deriveFont((float) size);
    }

    /**
     * Draws one (logical) line with its left end at x, its baseline at y.
     *
     * @param encoder applied to each string just before it is drawn
     */
    void draw(Graphics2D g, String text, double x, double y, double size, boolean isBold, Target target,
              UnaryOperator<String> encoder) {
        if (target == Target.LOGICAL) {
            g.setFont(font(0, isBold, size));
            g.drawString(encoder.apply(text), (float) x, (float) y);
            return;
        }
        // pdfbox-graphics2d has no device configuration and writes strings as given; Java2D proper
        // would run the bidi algorithm again on a visual-order string, so it gets glyphs instead
        boolean reorders = g.getDeviceConfiguration() != null;
        double at = x;
        for (Run r : runs(visual(text))) {
            Font f = font(r.family(), isBold, size);
            g.setFont(f);
            if (reorders && ChartText.hasRightToLeft(r.text())) {
                g.drawGlyphVector(f.createGlyphVector(g.getFontRenderContext(), r.text()), (float) at, (float) y);
            } else {
                g.drawString(encoder.apply(r.text()), (float) at, (float) y);
            }
            at += runWidth(r, isBold) * size;
        }
    }
}
