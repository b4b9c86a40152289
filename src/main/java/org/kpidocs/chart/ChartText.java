package org.kpidocs.chart;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * Text as it is drawn by a target that neither reorders nor shapes (a PDF page through
 * pdfbox-graphics2d): the Unicode bidi algorithm applied (ICU {@link Bidi}) so that characters come
 * in visual order, left to right, and Arabic letters replaced by their contextual presentation forms
 * (ICU {@link ArabicShaping}, LAM-ALEF ligatures included), as openhtmltopdf does for the document's
 * own text (stack reference, "Arabic and bidi"). The fonts must map the presentation forms
 * (U+FB50–U+FEFF); Noto Sans Arabic does. Harakat are not positioned (no OpenType GPOS).
 *
 * <p>Shaping is done on the whole logical line before reordering, so letters join across what later
 * become separate font runs.
 */
final class ChartText {

    private static final int SHAPING = ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
            | ArabicShaping.LENGTH_GROW_SHRINK;

    private ChartText() {
    }

    /**
     * Whether {@code logical} is laid out as a right-to-left paragraph: always in a right-to-left
     * document, else when its first strong character is right to left.
     */
    static boolean rightToLeft(String logical, boolean rtlDocument) {
        if (rtlDocument) {
            return true;
        }
        for (int i = 0; i < logical.length(); ) {
            int cp = logical.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * {@code logical} shaped and in visual order, with bidi controls and other invisible format
     * characters (ZWJ, ZWNJ …) removed. Text without right-to-left characters or bidi controls in a
     * left-to-right document comes back unchanged.
     */
    static String visual(String logical, boolean rtlDocument) {
        if (!rtlDocument && !needsBidi(logical)) {
            return logical;
        }
        String shaped;
        try {
            shaped = new ArabicShaping(SHAPING).shape(logical);
        } catch (ArabicShapingException e) {
            shaped = logical;       // LENGTH_GROW_SHRINK never runs out of room; keep the text readable
        }
        Bidi bidi = new Bidi(shaped, rtlDocument ? Bidi.RTL : Bidi.LEVEL_DEFAULT_LTR);
        String visual = bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
        StringBuilder b = new StringBuilder(visual.length());
        for (int i = 0; i < visual.length(); ) {
            int cp = visual.codePointAt(i);
            if (Character.getType(cp) != Character.FORMAT) {
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /** Whether the text has a right-to-left character, an Arabic number or an explicit bidi control. */
    static boolean needsBidi(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x0590) {
                continue;
            }
            switch (Character.getDirectionality(c)) {
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                     Character.DIRECTIONALITY_ARABIC_NUMBER, Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING,
                     Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE, Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
                     Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE, Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT,
                     Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE,
                     Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE,
                     Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** Whether the text has a strong right-to-left character (Java2D would reorder it when drawing). */
    static boolean hasRightToLeft(String s) {
        for (int i = 0; i < s.length(); i++) {
            byte d = Character.getDirectionality(s.charAt(i));
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
        return false;
    }
}
