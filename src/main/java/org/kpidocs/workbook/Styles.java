package org.kpidocs.workbook;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of the template, created once per workbook. Every style is locked unless its name
 * says input: sheet protection then leaves exactly the input cells editable. City input is light
 * yellow, verifier input light green, calculated cells grey.
 */
final class Styles {

    private static final String FONT = "Calibri";
    private static final short SIZE = 10;

    static final String NAVY = "1F3864";
    static final String BLUE = "2F5597";
    static final String PALE_BLUE = "DAE3F3";
    static final String GROUP_GREY = "EDEDED";
    static final String CITY_FILL = "FFF2CC";
    static final String VERIFIER_FILL = "E2EFDA";
    static final String CALCULATED_FILL = "F2F2F2";
    static final String NOT_APPLICABLE_FILL = "D9D9D9";
    private static final String BORDER = "BFBFBF";

    final XSSFCellStyle title;
    final XSSFCellStyle subtitle;
    final XSSFCellStyle heading;
    final XSSFCellStyle text;
    final XSSFCellStyle header;
    final XSSFCellStyle dimensionBand;
    final XSSFCellStyle subDimensionBand;
    final XSSFCellStyle categoryBand;
    final XSSFCellStyle groupLabel;
    final XSSFCellStyle groupCode;
    final XSSFCellStyle code;
    final XSSFCellStyle label;
    final XSSFCellStyle dataPointLabel;
    final XSSFCellStyle hint;
    final XSSFCellStyle calculated;
    final XSSFCellStyle notApplicable;
    final XSSFCellStyle number;
    final XSSFCellStyle hidden;
    final XSSFCellStyle swatchCity;
    final XSSFCellStyle swatchVerifier;
    final XSSFCellStyle swatchCalculated;
    final XSSFCellStyle swatchFixed;

    private final XSSFWorkbook workbook;
    private XSSFFont regular;
    private final Map<Input, XSSFCellStyle> city = new EnumMap<>(Input.class);
    private final Map<Input, XSSFCellStyle> verifier = new EnumMap<>(Input.class);
    private final Map<String, XSSFCellStyle> results = new java.util.HashMap<>();

    /** The kinds of unlocked input cell: number format, alignment and wrapping. */
    enum Input {
        NUMBER("General", HorizontalAlignment.RIGHT, false),
        WHOLE("#,##0", HorizontalAlignment.RIGHT, false),
        YEAR("0", HorizontalAlignment.CENTER, false),
        CHOICE("@", HorizontalAlignment.CENTER, false),
        TEXT("@", HorizontalAlignment.LEFT, true),
        DATE("yyyy-mm-dd", HorizontalAlignment.LEFT, false),
        MONTH("yyyy-mm", HorizontalAlignment.LEFT, false);

        private final String format;
        private final HorizontalAlignment align;
        private final boolean wrap;

        Input(String format, HorizontalAlignment align, boolean wrap) {
            this.format = format;
            this.align = align;
            this.wrap = wrap;
        }
    }

    /** An unlocked cell for the city (light yellow). */
    XSSFCellStyle city(Input kind) {
        return city.get(kind);
    }

    /** An unlocked cell for the verifier (light green). */
    XSSFCellStyle verifier(Input kind) {
        return verifier.get(kind);
    }

    Styles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        XSSFFont base = workbook.getFontAt(0);
        base.setFontName(FONT);
        base.setFontHeightInPoints(SIZE);
        // POI marks its default font as the theme's minor font but writes no theme: without this,
        // LibreOffice shows every plain cell in its own default font instead of Calibri.
        base.setScheme(FontScheme.NONE);
        // LibreOffice also ignores the font of a cell format that does not say applyFont: give every
        // style an explicit font.
        regular = font(SIZE, false, false, null);
        XSSFFont bold = font(SIZE, true, false, null);
        XSSFFont italic = font(SIZE, false, true, "595959");
        XSSFFont small = font((short) 9, false, false, "404040");

        title = style(false);
        title.setFont(font((short) 16, true, false, NAVY));
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        subtitle = style(false);
        subtitle.setFont(font((short) 11, false, false, "404040"));
        subtitle.setWrapText(true);
        subtitle.setVerticalAlignment(VerticalAlignment.TOP);
        heading = style(false);
        heading.setFont(font((short) 12, true, false, BLUE));
        heading.setVerticalAlignment(VerticalAlignment.BOTTOM);
        text = style(false);
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);

        header = bordered(false);
        header.setFont(font((short) 9, true, false, "FFFFFF"));
        fill(header, NAVY);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setAlignment(HorizontalAlignment.CENTER);

        dimensionBand = style(false);
        dimensionBand.setFont(font((short) 11, true, false, "FFFFFF"));
        fill(dimensionBand, BLUE);
        dimensionBand.setVerticalAlignment(VerticalAlignment.CENTER);
        subDimensionBand = style(false);
        subDimensionBand.setFont(font(SIZE, true, false, NAVY));
        fill(subDimensionBand, PALE_BLUE);
        categoryBand = style(false);
        categoryBand.setFont(font(SIZE, true, true, BLUE));
        categoryBand.setBorderBottom(BorderStyle.THIN);
        categoryBand.setBottomBorderColor(color(BLUE));

        groupCode = bordered(false);
        groupCode.setFont(bold);
        fill(groupCode, GROUP_GREY);
        groupCode.setVerticalAlignment(VerticalAlignment.TOP);
        groupLabel = bordered(false);
        groupLabel.setFont(bold);
        groupLabel.setWrapText(true);
        fill(groupLabel, GROUP_GREY);
        groupLabel.setVerticalAlignment(VerticalAlignment.TOP);

        code = bordered(false);
        code.setVerticalAlignment(VerticalAlignment.TOP);
        label = bordered(false);
        label.setWrapText(true);
        label.setVerticalAlignment(VerticalAlignment.TOP);
        dataPointLabel = bordered(false);
        dataPointLabel.setWrapText(true);
        dataPointLabel.setAlignment(HorizontalAlignment.LEFT);
        dataPointLabel.setIndention((short) 2);
        dataPointLabel.setVerticalAlignment(VerticalAlignment.TOP);
        hint = bordered(false);
        hint.setFont(small);
        hint.setWrapText(true);
        hint.setVerticalAlignment(VerticalAlignment.TOP);

        calculated = bordered(false);
        calculated.setFont(italic);
        fill(calculated, CALCULATED_FILL);
        calculated.setAlignment(HorizontalAlignment.RIGHT);
        calculated.setVerticalAlignment(VerticalAlignment.TOP);
        calculated.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        notApplicable = bordered(false);
        fill(notApplicable, NOT_APPLICABLE_FILL);

        for (Input kind : Input.values()) {
            city.put(kind, input(CITY_FILL, kind));
            verifier.put(kind, input(VERIFIER_FILL, kind));
        }

        number = bordered(false);
        number.setVerticalAlignment(VerticalAlignment.TOP);
        number.setAlignment(HorizontalAlignment.RIGHT);
        hidden = style(false);

        swatchCity = bordered(false);
        fill(swatchCity, CITY_FILL);
        swatchVerifier = bordered(false);
        fill(swatchVerifier, VERIFIER_FILL);
        swatchCalculated = bordered(false);
        fill(swatchCalculated, CALCULATED_FILL);
        swatchFixed = bordered(false);
    }

    /**
     * A locked, bordered cell of the scoring sheets, created once per combination.
     *
     * @param fillRgb null for no fill
     * @param fontRgb null for the default colour
     * @param format  an Excel number format, e.g. {@code 0.0}
     */
    XSSFCellStyle result(String fillRgb, String fontRgb, boolean bold, String format, HorizontalAlignment align) {
        String key = fillRgb + "|" + fontRgb + "|" + bold + "|" + format + "|" + align;
        return results.computeIfAbsent(key, k -> {
            XSSFCellStyle s = bordered(false);
            if (fillRgb != null) {
                fill(s, fillRgb);
            }
            s.setFont(font(SIZE, bold, false, fontRgb));
            s.setDataFormat(workbook.createDataFormat().getFormat(format));
            s.setAlignment(align);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setWrapText(align == HorizontalAlignment.LEFT);
            return s;
        });
    }

    private XSSFCellStyle input(String fillColour, Input kind) {
        XSSFCellStyle s = bordered(true);
        fill(s, fillColour);
        s.setDataFormat(workbook.createDataFormat().getFormat(kind.format));
        s.setAlignment(kind.align);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setWrapText(kind.wrap);
        return s;
    }

    private XSSFCellStyle style(boolean unlocked) {
        XSSFCellStyle s = workbook.createCellStyle();
        s.setLocked(!unlocked);
        if (regular != null) {
            s.setFont(regular);
        }
        return s;
    }

    private XSSFCellStyle bordered(boolean unlocked) {
        XSSFCellStyle s = style(unlocked);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        XSSFColor grey = color(BORDER);
        s.setTopBorderColor(grey);
        s.setBottomBorderColor(grey);
        s.setLeftBorderColor(grey);
        s.setRightBorderColor(grey);
        return s;
    }

    private static void fill(XSSFCellStyle s, String rgb) {
        s.setFillForegroundColor(color(rgb));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private XSSFFont font(short points, boolean bold, boolean italic, String rgb) {
        XSSFFont f = workbook.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints(points);
        f.setBold(bold);
        f.setItalic(italic);
        if (rgb != null) {
            f.setColor(color(rgb));
        }
        return f;
    }

    /**
     * Mirrors the styles created since {@code first} for a right-to-left sheet: left and right
     * alignment swap, so that text starts at the right edge and numbers end at the left one, as the
     * sheet's own columns run. The reading order stays "context" (the first strong character decides):
     * a forced right-to-left order would scramble the English catalogue units and data-quality labels
     * of an Arabic workbook ("% (data points: 3G; 4G)"), while every translated text starts with an
     * Arabic word. Run once per style: every call mirrors what it finds.
     */
    static void mirror(XSSFWorkbook workbook, int first) {
        for (int i = first; i < workbook.getNumCellStyles(); i++) {
            XSSFCellStyle s = workbook.getCellStyleAt(i);
            if (s.getAlignment() == HorizontalAlignment.LEFT) {
                s.setAlignment(HorizontalAlignment.RIGHT);
            } else if (s.getAlignment() == HorizontalAlignment.RIGHT) {
                s.setAlignment(HorizontalAlignment.LEFT);
            }
        }
    }

    static XSSFColor color(String rgb) {
        int v = Integer.parseInt(rgb, 16);
        return new XSSFColor(new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v}, null);
    }
}
