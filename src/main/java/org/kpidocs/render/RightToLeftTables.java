package org.kpidocs.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mirrors the tables of a right-to-left document for openhtmltopdf. The renderer lays text out right
 * to left (bidi) but places table columns left to right whatever the direction, so an Arabic table
 * would start at the left. Reversing the cells of every row puts the first column at the right, as
 * browsers do by themselves for {@code dir="rtl"}; column spans keep their place, and a row-spanning
 * cell at the start of a row ends it, which the next rows' cells then fill before it. Only the PDF
 * needs this: HTML pages keep their logical order.
 *
 * <p>Works on the XHTML the templates produce: rows hold cells only (no nested tables), and cell
 * contents never contain another cell's tags.
 */
final class RightToLeftTables {

    private static final Pattern RTL_ROOT = Pattern.compile("<html\\b[^>]*\\bdir=\"rtl\"");
    private static final Pattern ROW = Pattern.compile("(<tr\\b[^>]*>)(.*?)(</tr>)", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<(t[dh])\\b[^>]*?(?:/>|>.*?</\\1>)", Pattern.DOTALL);

    private RightToLeftTables() {
    }

    /** The document with every table row's cells in reverse order when its root is right to left. */
    static String mirror(String xhtml) {
        if (!RTL_ROOT.matcher(xhtml).find()) {
            return xhtml;
        }
        Matcher row = ROW.matcher(xhtml);
        StringBuilder out = new StringBuilder(xhtml.length());
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                cells.add(cell.group());
            }
            Collections.reverse(cells);
            row.appendReplacement(out, Matcher.quoteReplacement(row.group(1) + String.join("", cells) + row.group(3)));
        }
        row.appendTail(out);
        return out.toString();
    }
}
