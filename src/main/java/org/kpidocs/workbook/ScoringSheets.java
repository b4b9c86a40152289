package org.kpidocs.workbook;

import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kpidocs.assessment.Assessment;
import org.kpidocs.assessment.Assessment.CategoryResult;
import org.kpidocs.assessment.Assessment.DimensionResult;
import org.kpidocs.assessment.Assessment.ItemResult;
import org.kpidocs.assessment.Assessment.KpiResult;
import org.kpidocs.assessment.Assessment.SubDimensionResult;
import org.kpidocs.assessment.Band;
import org.kpidocs.assessment.Score;
import org.kpidocs.document.BandStyle;
import org.kpidocs.i18n.Messages;

/**
 * The verifier's scoring sheets added to an exported workbook: every KPI and data point with its
 * target, share of target, band and points; the category, sub-dimension and dimension scores; and the
 * screening warnings. Band cells carry the band colours of the documents ({@link BandStyle}). The
 * sheets are results, not inputs: locked, and ignored by {@link WorkbookReader} when the workbook is
 * uploaded again.
 */
final class ScoringSheets {

    static final String KPI_SCORES = "KPI Scores";
    static final String CATEGORY_SCORES = "Category Scores";
    static final String DIMENSION_SCORES = "Dimension Scores";
    static final String SCREENING = "Screening";

    private static final String PERCENT = "0.0";
    private static final String TEXT = "@";
    private static final String GENERAL = "General";

    /** One screening warning, worded. */
    record Warning(String where, String kpi, String detail, String allowed) {
    }

    private final XSSFWorkbook workbook;
    /** The first style these sheets created, from which a right-to-left workbook mirrors them. */
    private final int firstStyle;
    private final Styles styles;
    private final Messages words;
    private final TemplateWriter writer;
    private final Locale locale;

    /**
     * @param writer the writer of the template the sheets are added to: its language, print setup
     *               and footer
     */
    ScoringSheets(XSSFWorkbook workbook, Messages words, TemplateWriter writer) {
        this.workbook = workbook;
        this.firstStyle = workbook.getNumCellStyles();
        this.styles = new Styles(workbook);
        this.words = words;
        this.writer = writer;
        this.locale = Locale.forLanguageTag(writer.language().tag());
    }

    /** @param assessment with its names already in the writer's language ({@code document.Named}) */
    void add(Assessment assessment, List<Warning> warnings) {
        kpiScores(sheet(KPI_SCORES), assessment);
        categoryScores(sheet(CATEGORY_SCORES), assessment);
        dimensionScores(sheet(DIMENSION_SCORES), assessment);
        screening(sheet(SCREENING), warnings);
        if (writer.language().rightToLeft()) {
            Styles.mirror(workbook, firstStyle);
        }
    }

    private XSSFSheet sheet(String name) {
        XSSFSheet sheet = workbook.createSheet(name);
        TemplateWriter.protect(sheet);
        sheet.setRightToLeft(writer.language().rightToLeft());
        return sheet;
    }

    // ---- KPI Scores ----------------------------------------------------------------------------

    private void kpiScores(XSSFSheet sheet, Assessment a) {
        String[] columns = {"dimension", "sub-dimension", "category", "code", "name", "type", "unit", "reported",
            "verified", "value", "target", "direction", "basis", "share", "band", "points", "not-scored"};
        int[] widths = {14, 16, 22, 16, 36, 9, 16, 10, 10, 12, 12, 11, 11, 10, 18, 8, 26};
        int header = title(sheet, word("score.kpis.title", a.city(), String.valueOf(a.reportingYear())), columns,
                widths, "score.kpis.col.");
        int r = header + 1;
        for (DimensionResult d : a.dimensions()) {
            for (SubDimensionResult s : d.subDimensions()) {
                for (CategoryResult c : s.categories()) {
                    for (KpiResult k : c.kpis()) {
                        String[] place = {d.name(), s.name(), c.name() + " (" + c.code() + ")"};
                        if (k.dataPoints() == null || k.dataPoints().isEmpty()) {
                            item(sheet.createRow(r++), place, k.code(), k.name(), type(k),
                                    k.unit(), k.reporting() != Assessment.Reporting.NOT_REPORTED, k.verified(),
                                    k.result(), false);
                            continue;
                        }
                        XSSFRow row = sheet.createRow(r++);
                        text(row, 0, place[0], false);
                        text(row, 1, place[1], false);
                        text(row, 2, place[2], false);
                        text(row, 3, k.code(), true);
                        text(row, 4, k.name(), true);
                        text(row, 5, type(k), false);
                        text(row, 6, k.unit(), false);
                        text(row, 7, yesNo(k.reporting() != Assessment.Reporting.NOT_REPORTED), false);
                        text(row, 8, yesNo(k.verified()), false);
                        for (int col = 9; col < columns.length - 1; col++) {
                            text(row, col, "", false);
                        }
                        text(row, columns.length - 1, word("score.na.scored-by-data-points"), false);
                        for (Assessment.DataPointResult p : k.dataPoints()) {
                            item(sheet.createRow(r++), place, "", "    " + p.name(), "", p.unit(), p.reported(),
                                    p.verified(), p.result(), true);
                        }
                    }
                }
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(header, r - 1, 0, columns.length - 1));
    }

    private void item(XSSFRow row, String[] place, String code, String name, String type, String unit,
                      boolean reported, boolean verified, ItemResult result, boolean dataPoint) {
        text(row, 0, place[0], false);
        text(row, 1, place[1], false);
        text(row, 2, place[2], false);
        text(row, 3, code, !dataPoint);
        text(row, 4, name, !dataPoint);
        text(row, 5, type, false);
        text(row, 6, unit, false);
        text(row, 7, yesNo(reported), false);
        text(row, 8, yesNo(reported && verified), false);
        number(row, 9, result.value(), GENERAL);
        number(row, 10, result.target(), GENERAL);
        text(row, 11, result.direction() == null ? "" : word("score.direction." + result.direction().name()), false);
        text(row, 12, result.targetConfidence() == null ? ""
                : word("score.basis." + result.targetConfidence().name()), false);
        number(row, 13, result.share() == null ? null : result.share() * 100, PERCENT);
        band(row, 14, result.band());
        number(row, 15, result.points() == null ? null : result.points().doubleValue(), "0");
        text(row, 16, result.naReason() == null ? "" : word("score.na." + result.naReason().id()), false);
    }

    // ---- Category and dimension scores ---------------------------------------------------------

    private void categoryScores(XSSFSheet sheet, Assessment a) {
        String[] columns = {"dimension", "sub-dimension", "category", "scored", "points", "max", "score", "band"};
        int[] widths = {16, 22, 30, 10, 9, 9, 10, 20};
        int header = title(sheet, word("score.categories.title", a.city(), String.valueOf(a.reportingYear())),
                columns, widths, "score.col.");
        int r = header + 1;
        for (DimensionResult d : a.dimensions()) {
            for (SubDimensionResult s : d.subDimensions()) {
                for (CategoryResult c : s.categories()) {
                    XSSFRow row = sheet.createRow(r++);
                    text(row, 0, d.name(), false);
                    text(row, 1, s.name(), false);
                    text(row, 2, c.name() + " (" + c.code() + ")", false);
                    score(row, 3, c.score());
                }
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(header, r - 1, 0, columns.length - 1));
    }

    private void dimensionScores(XSSFSheet sheet, Assessment a) {
        String[] columns = {"level", "name", "scored", "points", "max", "score", "band"};
        int[] widths = {16, 36, 10, 9, 9, 10, 20};
        int header = title(sheet, word("score.dimensions.title", a.city(), String.valueOf(a.reportingYear())),
                columns, widths, "score.col.");
        int r = header + 1;
        XSSFRow overall = sheet.createRow(r++);
        text(overall, 0, word("score.level.overall"), true);
        text(overall, 1, a.city(), true);
        score(overall, 2, a.overall());
        for (DimensionResult d : a.dimensions()) {
            XSSFRow row = sheet.createRow(r++);
            text(row, 0, word("score.level.dimension"), true);
            text(row, 1, d.name(), true);
            score(row, 2, d.score());
            for (SubDimensionResult s : d.subDimensions()) {
                row = sheet.createRow(r++);
                text(row, 0, word("score.level.sub-dimension"), false);
                text(row, 1, "    " + s.name(), false);
                score(row, 2, s.score());
            }
        }
        XSSFRow note = sheet.createRow(r + 1);
        // The method's aggregation in words of the language (Assessment.Method states it in English).
        text(note, 0, word("score.method", word("score.method.aggregation"), a.benchmarkSetVersion()), false);
        sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 0, columns.length - 1));
        note.setHeightInPoints(44);
    }

    /** Items scored, points, maximum, score % and band from {@code column} on. */
    private void score(XSSFRow row, int column, Score score) {
        number(row, column, (double) score.scored(), "0");
        number(row, column + 1, score.scored() == 0 ? null : (double) score.points(), "0");
        number(row, column + 2, score.scored() == 0 ? null : (double) score.maxPoints(), "0");
        number(row, column + 3, score.percentage(), PERCENT);
        band(row, column + 4, score.band());
    }

    // ---- Screening -----------------------------------------------------------------------------

    private void screening(XSSFSheet sheet, List<Warning> warnings) {
        String[] columns = {"number", "where", "kpi", "warning", "expected"};
        int[] widths = {5, 22, 16, 60, 50};
        int header = title(sheet, word(warnings.isEmpty() ? "score.screening.none" : "score.screening.title",
                String.valueOf(warnings.size())), columns, widths, "score.screening.col.");
        int r = header + 1;
        for (Warning w : warnings) {
            XSSFRow row = sheet.createRow(r);
            number(row, 0, (double) (r - header), "0");
            text(row, 1, w.where(), false);
            text(row, 2, w.kpi() == null ? "" : w.kpi(), false);
            text(row, 3, w.detail(), false);
            text(row, 4, w.allowed(), false);
            r++;
        }
    }

    // ---- cells ---------------------------------------------------------------------------------

    /** Title row, a note row, then the header row; returns the header row's index. */
    private int title(XSSFSheet sheet, String title, String[] columns, int[] widths, String prefix) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        XSSFRow t = sheet.createRow(0);
        t.setHeightInPoints(24);
        XSSFCell cell = t.createCell(0);
        cell.setCellValue(title);
        cell.setCellStyle(styles.title);
        XSSFRow note = sheet.createRow(1);
        XSSFCell n = note.createCell(0);
        n.setCellValue(word("score.note"));
        n.setCellStyle(styles.subtitle);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns.length - 1));
        note.setHeightInPoints(30);
        int header = 3;
        XSSFRow h = sheet.createRow(header);
        float height = 30;
        for (int c = 0; c < columns.length; c++) {
            XSSFCell hc = h.createCell(c);
            hc.setCellValue(word(prefix + columns[c]));
            hc.setCellStyle(styles.header);
            height = Math.max(height, TemplateWriter.headerHeight(word(prefix + columns[c]), widths[c]));
        }
        h.setHeightInPoints(height);
        sheet.createFreezePane(0, header + 1);
        writer.print(sheet, header);
        return header;
    }

    private void text(XSSFRow row, int column, String value, boolean bold) {
        XSSFCell c = row.createCell(column);
        c.setCellValue(value == null ? "" : value);
        c.setCellStyle(styles.result(null, null, bold, TEXT, HorizontalAlignment.LEFT));
    }

    private void number(XSSFRow row, int column, Double value, String format) {
        XSSFCell c = row.createCell(column);
        XSSFCellStyle style = styles.result(null, null, false, format, HorizontalAlignment.RIGHT);
        if (value == null) {
            c.setCellValue(word("score.na"));
            c.setCellStyle(styles.result(null, "7F7F7F", false, TEXT, HorizontalAlignment.RIGHT));
        } else {
            c.setCellValue(value);
            c.setCellStyle(style);
        }
    }

    /** The band's label on its colour, as in the documents; "N/A" on grey when not scored. */
    private void band(XSSFRow row, int column, Band band) {
        java.awt.Color fill = BandStyle.colour(band);
        String fillHex = BandStyle.hex(fill).substring(1);
        String fontHex = BandStyle.hex(BandStyle.textOn(fill)).substring(1);
        XSSFCell c = row.createCell(column);
        c.setCellValue(band == null ? word("score.na") : word("score.band." + band.id()));
        c.setCellStyle(styles.result(fillHex, fontHex, true, TEXT, HorizontalAlignment.CENTER));
    }

    private String type(KpiResult k) {
        return word("score.type." + k.type().name().toLowerCase(Locale.ROOT));
    }

    private String yesNo(boolean b) {
        return b ? TemplateLayout.YES : TemplateLayout.NO;
    }

    private String word(String key, String... args) {
        return words.format(locale, key, args);
    }
}
