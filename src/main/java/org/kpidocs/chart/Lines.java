package org.kpidocs.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Breaking a label into lines that fit: balanced wrapping into exactly n lines when the words fit, and
 * greedy filling with a trailing ellipsis when they do not. All widths are in user units at a given
 * font size; a line's room may depend on its index (lines of the centre label get narrower away from
 * the middle).
 */
final class Lines {

    static final String ELLIPSIS = "\u2026";

    /** Measured words need not add up exactly to the measured line (kerning): keep a little slack. */
    private static final double SLACK = 0.99;
    /** Fewest characters kept before an ellipsis. */
    private static final int MIN_CUT = 3;

    private final Typeface face;
    private final boolean bold;
    private final String text;
    private final String[] words;
    /** spaced[i]: word i follows a space (else it follows word i - 1 directly, as in Chinese). */
    private final boolean[] spaced;
    /** spaces[i]: number of spaces before word i. */
    private final int[] spaces;
    private final double[] prefix;
    private final double space;

    /** {@code text} must be {@link #clean cleaned}. */
    Lines(Typeface face, boolean bold, String text) {
        this.face = face;
        this.bold = bold;
        this.text = text;
        List<String> w = new ArrayList<>();
        List<Boolean> sp = new ArrayList<>();
        if (!text.isEmpty()) {
            for (String word : text.split(" ")) {
                List<String> pieces = ideographicPieces(word);
                for (int i = 0; i < pieces.size(); i++) {
                    w.add(pieces.get(i));
                    sp.add(i == 0 && !w.isEmpty() && w.size() > 1);
                }
            }
        }
        this.words = w.toArray(new String[0]);
        this.spaced = new boolean[words.length];
        this.spaces = new int[words.length + 1];
        this.prefix = new double[words.length + 1];
        for (int i = 0; i < words.length; i++) {
            spaced[i] = sp.get(i);
            spaces[i + 1] = spaces[i] + (i + 1 < words.length && sp.get(i + 1) ? 1 : 0);
            prefix[i + 1] = prefix[i] + face.width(words[i], bold);
        }
        this.space = face.width(" ", bold);
    }

    /**
     * A space-separated word cut where a line may break inside it: between ideographs (Chinese has no
     * spaces between words), by ICU's line-break rules, so that no line starts with a closing mark such
     * as "、" or "）". Words without ideographs are kept whole, so Latin, Cyrillic and Arabic labels
     * break at spaces only.
     */
    private static List<String> ideographicPieces(String word) {
        if (word.codePoints().noneMatch(Lines::isIdeographic)) {
            return List.of(word);
        }
        com.ibm.icu.text.BreakIterator it = com.ibm.icu.text.BreakIterator.getLineInstance(java.util.Locale.CHINESE);
        it.setText(word);
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int end = it.next(); end != com.ibm.icu.text.BreakIterator.DONE; end = it.next()) {
            boolean ideographic = end == word.length() || isIdeographic(word.codePointBefore(end))
                    || isIdeographic(word.codePointAt(end));
            if (ideographic) {
                pieces.add(word.substring(from, end));
                from = end;
            }
        }
        if (from < word.length()) {
            pieces.add(word.substring(from));
        }
        return pieces;
    }

    private static boolean isIdeographic(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.BOPOMOFO
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    /**
     * The label as drawn: line breaks, tabs and runs of white space become one space, other control
     * characters, non-characters and unpaired surrogates are dropped (they cannot appear in XML).
     */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = b.length() > 0;
                continue;
            }
            if (Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF') {
                continue;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    if (pendingSpace) {
                        b.append(' ');
                        pendingSpace = false;
                    }
                    b.append(c).append(s.charAt(++i));
                }
                continue;
            }
            if (Character.isLowSurrogate(c)) {
                continue;
            }
            if (pendingSpace) {
                b.append(' ');
                pendingSpace = false;
            }
            b.append(c);
        }
        return b.toString();
    }

    boolean bold() {
        return bold;
    }

    boolean isEmpty() {
        return words.length == 0;
    }

    /** Width of the whole text, in ems. */
    double width() {
        return em(0, words.length);
    }

    private double em(int from, int to) {
        return prefix[to] - prefix[from] + (to > from ? spaces[to - 1] - spaces[from] : 0) * space;
    }

    private String join(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from && spaced[i]) {
                b.append(' ');
            }
            b.append(words[i]);
        }
        return b.toString();
    }

    /**
     * The words in exactly {@code n} (1–3) lines, each within {@code room.applyAsDouble(index)} at
     * {@code size}, as evenly filled as possible; {@code null} if they do not fit.
     */
    List<String> balanced(int n, double size, IntToDoubleFunction room) {
        int c = words.length;
        if (c < n || n < 1 || n > 3) {
            return null;
        }
        double r0 = room.applyAsDouble(0) * SLACK / size;
        if (n == 1) {
            return em(0, c) <= r0 ? List.of(text) : null;
        }
        double r1 = room.applyAsDouble(1) * SLACK / size;
        if (n == 2) {
            int best = -1;
            double bestFill = Double.MAX_VALUE;
            for (int i = 1; i < c; i++) {
                double fill = Math.max(em(0, i) / r0, em(i, c) / r1);
                if (fill <= 1 && fill < bestFill) {
                    best = i;
                    bestFill = fill;
                }
            }
            return best < 0 ? null : List.of(join(0, best), join(best, c));
        }
        double r2 = room.applyAsDouble(2) * SLACK / size;
        int bestI = -1;
        int bestJ = -1;
        double bestFill = Double.MAX_VALUE;
        for (int i = 1; i < c - 1; i++) {
            double f0 = em(0, i) / r0;
            if (f0 > 1) {
                break;
            }
            for (int j = i + 1; j < c; j++) {
                double fill = Math.max(f0, Math.max(em(i, j) / r1, em(j, c) / r2));
                if (fill <= 1 && fill < bestFill) {
                    bestI = i;
                    bestJ = j;
                    bestFill = fill;
                }
            }
        }
        return bestI < 0 ? null : List.of(join(0, bestI), join(bestI, bestJ), join(bestJ, c));
    }

    /**
     * At most {@code n} lines filled word by word; the last line, or a line whose first word is too long
     * for it, takes the rest of the text cut with an ellipsis, and no line follows it. A cut keeping
     * fewer than three characters is dropped, so the result may be empty.
     */
    List<String> filled(int n, double size, IntToDoubleFunction room) {
        List<String> out = new ArrayList<>(n);
        int w = 0;
        for (int line = 0; line < n && w < words.length; line++) {
            double r = room.applyAsDouble(line) * SLACK / size;
            if (line == n - 1) {
                add(out, ellipsize(join(w, words.length), r));
                break;
            }
            int end = w;
            while (end < words.length && em(w, end + 1) <= r) {
                end++;
            }
            if (end == w) {                                // a word longer than the line: cut it, stop there
                add(out, ellipsize(join(w, words.length), r));
                break;
            } else {
                out.add(join(w, end));
                w = end;
            }
        }
        return out;
    }

    /** Adds a line unless it is empty or cut so short (under 3 characters before "…") that it says nothing. */
    private static void add(List<String> out, String line) {
        if (line.endsWith(ELLIPSIS) && line.codePointCount(0, line.length()) - 1 < MIN_CUT) {
            return;
        }
        if (!line.isEmpty()) {
            out.add(line);
        }
    }

    /** {@code s} if it fits in {@code roomEm} ems, else its longest prefix that fits with "…", else "". */
    String ellipsize(String s, double roomEm) {
        if (face.width(s, bold) <= roomEm) {
            return s;
        }
        int lo = 0;
        int hi = s.codePointCount(0, s.length());
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (face.width(cut(s, mid), bold) <= roomEm) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? (face.width(ELLIPSIS, bold) <= roomEm ? ELLIPSIS : "") : cut(s, lo);
    }

    private static String cut(String s, int codePoints) {
        String head = s.substring(0, s.offsetByCodePoints(0, codePoints)).stripTrailing();
        while (!head.isEmpty() && ",;:/-–(".indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1).stripTrailing();
        }
        return head + ELLIPSIS;
    }

    /** Width of one line at {@code size}, in user units. */
    double width(String line, double size) {
        return face.width(line, bold) * size;
    }
}
