package org.kpidocs.workbook;

import static org.kpidocs.workbook.TemplateLayout.FIRST_DATA_ROW;
import static org.kpidocs.workbook.TemplateLayout.HEADER_ROW;
import static org.kpidocs.workbook.TemplateLayout.TITLE_ROW;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kpidocs.catalogue.Benchmark;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.catalogue.CatalogueNames;
import org.kpidocs.catalogue.Category;
import org.kpidocs.catalogue.DataPoint;
import org.kpidocs.catalogue.Dimension;
import org.kpidocs.catalogue.ItemRef;
import org.kpidocs.catalogue.Kpi;
import org.kpidocs.catalogue.SubDimension;
import org.kpidocs.catalogue.ValueKind;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.i18n.Messages;
import org.kpidocs.workbook.TemplateLayout.BenchmarkColumn;
import org.kpidocs.workbook.TemplateLayout.KpiColumn;
import org.kpidocs.workbook.TemplateLayout.ProfileColumn;
import org.kpidocs.workbook.TemplateLayout.RowKind;

/**
 * Writes the blank U4SSC Data Collection Template as an .xlsx workbook (XSSF) laid out as
 * {@link TemplateLayout} defines: instructions, city profile, KPI data, benchmarks and a hidden list
 * sheet. Every sheet is protected so that only the input cells can be edited, every input cell has
 * a data validation that stops wrong entries in Excel and LibreOffice, and the visible sheets print
 * on A4 landscape with their header row repeated.
 *
 * <p>The visible words are in one of the six languages: the bundle's texts and the catalogue's names
 * ({@link CatalogueNames}) in that language; units, codes and the fixed identifiers of the layout
 * contract stay English. An Arabic workbook's sheets run right to left, with left and right alignment
 * swapped ({@link Styles#mirror}).
 *
 * <p>The output depends only on the catalogue, the benchmark set, the language and its words: the
 * document dates derive from the catalogue version, never from the clock (see {@link #documentDate}).
 */
public final class TemplateWriter {

    private static final int NAME_LENGTH = 200;
    private static final int NOTE_LENGTH = 4000;
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;
    /** Points per line of 10 pt text, for rows whose height the writer sets itself. */
    private static final float LINE = 13f;

    private final Catalogue catalogue;
    private final BenchmarkSet benchmarks;
    private final Messages words;
    private final DocumentLanguage language;
    /** The language of the words, without a numbering system: numbers are Excel's to format. */
    private final Locale locale;
    private final CatalogueNames.Names names;

    /**
     * @param words    the {@code messages/workbook} bundle: titles, headers, hints and messages
     * @param language the language of every word and catalogue name; the layout contract stays English
     */
    public TemplateWriter(Catalogue catalogue, BenchmarkSet benchmarks, Messages words, DocumentLanguage language) {
        this(catalogue, benchmarks, words, language, new CatalogueNames(catalogue));
    }

    /** @param names the catalogue's names in every language, shared by the writers of a service */
    TemplateWriter(Catalogue catalogue, BenchmarkSet benchmarks, Messages words, DocumentLanguage language,
                   CatalogueNames names) {
        this.catalogue = catalogue;
        this.benchmarks = benchmarks;
        this.words = words;
        this.language = language;
        this.locale = Locale.forLanguageTag(language.tag());
        this.names = names.in(locale);
    }

    /** The language of the workbook's words. */
    DocumentLanguage language() {
        return language;
    }

    /**
     * Writes the workbook to {@code out}; does not close it. The same catalogue, benchmark set and
     * words always give the same bytes: document dates and zip entry times derive from the catalogue
     * version (see {@link #documentDate}).
     */
    public void write(OutputStream out) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream(64 * 1024);
        try (XSSFWorkbook workbook = build()) {
            workbook.write(raw);
        }
        LocalDateTime time = LocalDateTime.ofInstant(documentDate(catalogue.version()).toInstant(), ZoneOffset.UTC);
        out.write(StableZip.rewrite(raw.toByteArray(), time));
    }

    /** The workbook as bytes. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the data collection template", e);
        }
        return out.toByteArray();
    }

    /** The template as a workbook, protected and with its properties set; the caller closes it. */
    XSSFWorkbook build() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Styles styles = new Styles(workbook);
        for (String name : TemplateLayout.SHEETS) {
            workbook.createSheet(name);
        }
        instructions(workbook.getSheet(TemplateLayout.INSTRUCTIONS), styles);
        lists(workbook.getSheet(TemplateLayout.LISTS));
        profile(workbook.getSheet(TemplateLayout.PROFILE), styles);
        kpiData(workbook.getSheet(TemplateLayout.KPI_DATA), styles);
        benchmarkSheet(workbook.getSheet(TemplateLayout.BENCHMARKS), styles);

        workbook.setSheetVisibility(workbook.getSheetIndex(TemplateLayout.LISTS), SheetVisibility.HIDDEN);
        workbook.setActiveSheet(0);
        workbook.setFirstVisibleTab(0);
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            sheet.setSelected(i == 0);
            protect(sheet);
        }
        // Sheets can be neither renamed, moved, added, deleted nor unhidden; legacy hash, so no salt.
        workbook.lockStructure();
        workbook.setWorkbookPassword(TemplateLayout.PASSWORD, null);
        // Cached results ("NR") for viewers that do not calculate; Excel and LibreOffice recalculate anyway.
        XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
        properties(workbook);
        if (language.rightToLeft()) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                workbook.getSheetAt(i).setRightToLeft(true);
            }
            Styles.mirror(workbook, 0);
        }
        return workbook;
    }

    // ---- Instructions --------------------------------------------------------------------------

    private void instructions(XSSFSheet sheet, Styles s) {
        sheet.setColumnWidth(TemplateLayout.VERSION_COLUMN, 24 * 256);
        sheet.setColumnHidden(TemplateLayout.VERSION_COLUMN, true);
        // Two blocks side by side under the steps: the colour legend (B, C) and the quality options (E, F).
        final int number = 1;
        final int text = 2;
        final int number2 = 4;
        final int text2 = 5;
        int[] widths = {5, 62, 3, 5, 55};
        int textWidth = 0;
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(number + c, widths[c] * 256);
            textWidth += c == 0 ? 0 : widths[c];
        }
        sheet.setDisplayGridlines(false);

        int r = 0;
        XSSFRow row = sheet.createRow(r++);
        row.setHeightInPoints(28);
        cell(row, number, word("instr.title"), s.title);
        row = sheet.createRow(r++);
        String subtitle = word("instr.subtitle", catalogue.version(), String.valueOf(catalogue.kpis().size()),
                String.valueOf(catalogue.items().size()));
        cell(row, number, subtitle, s.subtitle);
        mergeAcross(sheet, row.getRowNum(), number, text2);
        fitHeight(row, subtitle, (textWidth + widths[0]) * CHARS * 0.9, 15f);
        sheet.createRow(r++).setHeightInPoints(8);

        r = heading(sheet, r, number, word("instr.steps"), s);
        for (int i = 1; words.has("instr.step." + i); i++) {
            row = sheet.createRow(r++);
            cell(row, number, i + ".", s.text);
            String step = word("instr.step." + i);
            cell(row, text, step, s.text);
            mergeAcross(sheet, row.getRowNum(), text, text2);
            fitHeight(row, step, textWidth * CHARS, LINE);
        }
        sheet.createRow(r++).setHeightInPoints(8);

        row = sheet.createRow(r++);
        row.setHeightInPoints(22);
        cell(row, number, word("instr.legend"), s.heading);
        cell(row, number2, word("instr.quality"), s.heading);
        XSSFCellStyle[] swatches = {s.swatchCity, s.swatchVerifier, s.swatchCalculated, s.swatchFixed};
        String[] legend = {"instr.legend.city", "instr.legend.verifier", "instr.legend.calculated", "instr.legend.fixed"};
        // The fixed (English) labels are what the drop-down offers; other languages say what each means.
        List<String> qualities = TemplateLayout.QUALITY_LABELS.entrySet().stream().map(e -> {
            String meaning = word("instr.quality." + e.getKey().id());
            return meaning.equals(e.getValue()) ? e.getValue() : e.getValue() + " — " + meaning;
        }).toList();
        for (int i = 0; i < Math.max(swatches.length, qualities.size()); i++) {
            row = sheet.createRow(r++);
            row.setHeightInPoints(16);
            if (i < swatches.length) {
                cell(row, number, "", swatches[i]);
                cell(row, text, word(legend[i]), s.text);
            }
            if (i < qualities.size()) {
                cell(row, number2, (i + 1) + ".", s.text);
                cell(row, text2, qualities.get(i), s.text);
                row.setHeightInPoints(Math.max(16, lines(qualities.get(i), widths[4] * CHARS) * LINE + 3));
            }
        }
        sheet.createRow(r++).setHeightInPoints(8);

        row = sheet.createRow(r);
        cell(row, number, word("instr.version", TemplateLayout.FORMAT, catalogue.version(), benchmarks.version()),
                s.subtitle);
        mergeAcross(sheet, r, number, text2);

        // The machine-readable version cells, in the hidden column.
        versionCell(sheet, TemplateLayout.FORMAT_ROW, TemplateLayout.FORMAT, s);
        versionCell(sheet, TemplateLayout.CATALOGUE_ROW, catalogue.version(), s);
        versionCell(sheet, TemplateLayout.BENCHMARK_SET_ROW, benchmarks.version(), s);
        print(sheet, -1);
    }

    private static void versionCell(XSSFSheet sheet, int r, String value, Styles s) {
        XSSFRow row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        cell(row, TemplateLayout.VERSION_COLUMN, value, s.hidden);
    }

    private static int heading(XSSFSheet sheet, int r, int column, String text, Styles s) {
        XSSFRow row = sheet.createRow(r);
        row.setHeightInPoints(22);
        cell(row, column, text, s.heading);
        return r + 1;
    }

    // ---- Lists ---------------------------------------------------------------------------------

    private static void lists(XSSFSheet sheet) {
        List<String> codes = TemplateLayout.currencies();
        for (int i = 0; i < codes.size(); i++) {
            sheet.createRow(i).createCell(TemplateLayout.CURRENCY_LIST_COLUMN).setCellValue(codes.get(i));
        }
    }

    /** The formula of the currency list: column A of the hidden list sheet. */
    static String currencyRange() {
        String column = CellReference.convertNumToColString(TemplateLayout.CURRENCY_LIST_COLUMN);
        return TemplateLayout.LISTS + "!$" + column + "$1:$" + column + "$" + TemplateLayout.currencies().size();
    }

    // ---- City Profile ----------------------------------------------------------------------------

    private void profile(XSSFSheet sheet, Styles s) {
        for (ProfileColumn c : ProfileColumn.values()) {
            sheet.setColumnWidth(c.index(), c.width() * 256);
        }
        sheet.setColumnHidden(ProfileColumn.KEY.index(), true);
        sheet.setDisplayGridlines(false);
        XSSFRow title = sheet.createRow(TITLE_ROW);
        title.setHeightInPoints(26);
        cell(title, 0, word("profile.title"), s.title);
        XSSFRow header = sheet.createRow(HEADER_ROW);
        cell(header, ProfileColumn.LABEL.index(), word("profile.col.label"), s.header);
        cell(header, ProfileColumn.VALUE.index(), word("profile.col.value"), s.header);
        cell(header, ProfileColumn.NOTES.index(), word("profile.col.notes"), s.header);
        cell(header, ProfileColumn.KEY.index(), "key", s.hidden);

        Validations v = new Validations(sheet);
        int r = FIRST_DATA_ROW;
        ProfileField.Section section = null;
        for (ProfileField field : ProfileField.values()) {
            if (field.section() != section) {
                section = field.section();
                XSSFRow band = sheet.createRow(r++);
                band.setHeightInPoints(18);
                for (ProfileColumn c : List.of(ProfileColumn.LABEL, ProfileColumn.VALUE, ProfileColumn.NOTES)) {
                    cell(band, c.index(), c == ProfileColumn.LABEL ? word(section.labelKey()) : "", s.dimensionBand);
                }
            }
            boolean verifier = section == ProfileField.Section.VERIFICATION;
            XSSFRow row = sheet.createRow(r);
            String label = word(field.labelKey());
            cell(row, ProfileColumn.LABEL.index(), field.required() ? word("profile.required", label) : label, s.label);
            Styles.Input input = switch (field.input()) {
                case SHORT_TEXT, LONG_TEXT -> Styles.Input.TEXT;
                case WHOLE_POSITIVE -> Styles.Input.WHOLE;
                case POSITIVE, NON_NEGATIVE, INFLATION -> Styles.Input.NUMBER;
                case YEAR -> Styles.Input.YEAR;
                case CURRENCY, MODE -> Styles.Input.CHOICE;
                case DATE -> Styles.Input.DATE;
                case MONTH -> Styles.Input.MONTH;
            };
            row.createCell(ProfileColumn.VALUE.index()).setCellStyle(verifier ? s.verifier(input) : s.city(input));
            String notes = word(field.notesKey());
            cell(row, ProfileColumn.NOTES.index(), notes, s.hint);
            cell(row, ProfileColumn.KEY.index(), field.key(), s.hidden);
            fitHeight(row, notes, ProfileColumn.NOTES.width() * SMALL_CHARS, LINE);
            if (field.input() == ProfileField.Input.LONG_TEXT) {
                row.setHeightInPoints(4 * LINE + 4);
            }
            v.add(profileRule(field.input()), r, ProfileColumn.VALUE.index());
            r++;
        }
        v.apply();
        sheet.createFreezePane(0, FIRST_DATA_ROW);
        print(sheet, HEADER_ROW);
    }

    private Rule profileRule(ProfileField.Input input) {
        return switch (input) {
            case SHORT_TEXT -> Rule.textLength(NAME_LENGTH, "val.text");
            case LONG_TEXT -> Rule.textLength(NOTE_LENGTH, "val.long-text");
            case WHOLE_POSITIVE -> new Rule("whole>0", "val.whole-positive",
                    h -> h.createIntegerConstraint(OperatorType.GREATER_THAN, "0", null));
            case POSITIVE -> new Rule("decimal>0", "val.positive",
                    h -> h.createDecimalConstraint(OperatorType.GREATER_THAN, "0", null));
            case NON_NEGATIVE -> Rule.nonNegative("val.non-negative");
            case INFLATION -> new Rule("inflation", "val.inflation",
                    h -> h.createDecimalConstraint(OperatorType.BETWEEN, "-100", "100000"));
            case YEAR -> Rule.year();
            case CURRENCY -> new Rule("currency", "val.currency", h -> h.createFormulaListConstraint(currencyRange()));
            case MODE -> new Rule("mode", "val.mode",
                    h -> h.createExplicitListConstraint(TemplateLayout.MODES.toArray(String[]::new)));
            case DATE -> new Rule("date", "val.date", h -> h.createDateConstraint(OperatorType.BETWEEN,
                    serial(LocalDate.of(FIRST_YEAR, 1, 1)), serial(LocalDate.of(LAST_YEAR, 12, 31)), null));
            case MONTH -> new Rule("month", "val.month", h -> h.createDateConstraint(OperatorType.BETWEEN,
                    serial(LocalDate.of(FIRST_YEAR, 1, 1)), serial(LocalDate.of(LAST_YEAR, 12, 31)), null));
        };
    }

    private static String serial(LocalDate date) {
        return String.valueOf((long) DateUtil.getExcelDate(date));
    }

    // ---- KPI Data ------------------------------------------------------------------------------

    private void kpiData(XSSFSheet sheet, Styles s) {
        for (KpiColumn c : KpiColumn.values()) {
            sheet.setColumnWidth(c.index(), c.width() * 256);
            if (c.role() == TemplateLayout.Role.HIDDEN) {
                sheet.setColumnHidden(c.index(), true);
            }
        }
        sheet.setDisplayGridlines(false);
        XSSFRow title = sheet.createRow(TITLE_ROW);
        title.setHeightInPoints(26);
        cell(title, 0, word("kpi.title"), s.title);
        XSSFRow header = sheet.createRow(HEADER_ROW);
        float height = 42;
        for (KpiColumn c : KpiColumn.values()) {
            cell(header, c.index(), word(c.headerKey()), c.role() == TemplateLayout.Role.HIDDEN ? s.hidden : s.header);
            if (c.role() != TemplateLayout.Role.HIDDEN) {
                height = Math.max(height, headerHeight(word(c.headerKey()), c.width()));
            }
        }
        header.setHeightInPoints(height);

        Validations v = new Validations(sheet);
        Dimension dimension = null;
        SubDimension subDimension = null;
        Category category = null;
        int r = FIRST_DATA_ROW;
        for (Kpi kpi : catalogue.kpis()) {
            if (kpi.dimension() != dimension) {
                dimension = kpi.dimension();
                subDimension = null;
                band(sheet.createRow(r++), RowKind.DIMENSION, dimension.code(),
                        word("kpi.band.dimension", names.dimension(dimension.code()), dimension.code()),
                        s.dimensionBand, 20);
            }
            if (kpi.subDimension() != subDimension) {
                subDimension = kpi.subDimension();
                category = null;
                band(sheet.createRow(r++), RowKind.SUB_DIMENSION, subDimension.code(),
                        word("kpi.band.sub-dimension", names.subDimension(subDimension.code()), subDimension.code()),
                        s.subDimensionBand, 17);
            }
            if (!kpi.category().equals(category)) {
                category = kpi.category();
                band(sheet.createRow(r++), RowKind.CATEGORY, category.key(),
                        word("kpi.band.category", names.category(category.key()), category.code()), s.categoryBand, 16);
            }
            if (kpi.hasDataPoints()) {
                group(sheet.createRow(r++), kpi, s);
                for (DataPoint dp : kpi.dataPoints()) {
                    item(sheet.createRow(r), v, dp.ref(kpi.code()), null,
                            names.dataPoint(kpi.code().toString(), dp.name()), dp.unit(), dp.valueKind(), dp.scale(), s);
                    r++;
                }
            } else {
                item(sheet.createRow(r), v, ItemRef.of(kpi.code()), kpi.code().toString(),
                        names.kpi(kpi.code().toString()), kpi.unit(), kpi.valueKind(), kpi.scale(), s);
                r++;
            }
        }
        v.apply();
        sheet.createFreezePane(TemplateLayout.KPI_FROZEN_COLUMNS, FIRST_DATA_ROW);
        print(sheet, HEADER_ROW);
    }

    private static void band(XSSFRow row, RowKind kind, String anchor, String text, XSSFCellStyle style, float height) {
        row.setHeightInPoints(height);
        for (KpiColumn c : KpiColumn.values()) {
            if (c.role() != TemplateLayout.Role.HIDDEN) {
                cell(row, c.index(), c == KpiColumn.CODE ? text : "", style);
            }
        }
        markers(row, kind, anchor);
    }

    private void group(XSSFRow row, Kpi kpi, Styles s) {
        String name = names.kpi(kpi.code().toString());
        for (KpiColumn c : KpiColumn.values()) {
            String text = switch (c) {
                case CODE -> kpi.code().toString();
                case NAME -> name;
                case UNIT -> kpi.unit();
                case HINT -> word("kpi.group.hint", String.valueOf(kpi.dataPoints().size()));
                default -> "";
            };
            if (c.role() != TemplateLayout.Role.HIDDEN) {
                cell(row, c.index(), text, c == KpiColumn.CODE ? s.groupCode : s.groupLabel);
            }
        }
        int lines = Math.max(lines(name, KpiColumn.NAME.width() * BOLD_CHARS),
                Math.max(lines(kpi.unit(), KpiColumn.UNIT.width() * BOLD_CHARS),
                        lines(word("kpi.group.hint", String.valueOf(kpi.dataPoints().size())),
                                KpiColumn.HINT.width() * BOLD_CHARS)));
        row.setHeightInPoints(lines * LINE + 3);
        markers(row, RowKind.KPI, kpi.code().toString());
    }

    private void item(XSSFRow row, Validations v, ItemRef ref, String code, String name, String unit, ValueKind kind,
                      double scale, Styles s) {
        int r = row.getRowNum();
        boolean yesNo = kind == ValueKind.YES_NO;
        cell(row, KpiColumn.CODE.index(), code == null ? "" : code, s.code);
        cell(row, KpiColumn.NAME.index(), name, code == null ? s.dataPointLabel : s.label);
        cell(row, KpiColumn.UNIT.index(), unit, s.label);
        String hint = hint(kind, unit);
        cell(row, KpiColumn.HINT.index(), hint, s.hint);
        int lines = Math.max(lines(name, KpiColumn.NAME.width() * CHARS - (code == null ? 3 : 0)),
                Math.max(lines(unit, KpiColumn.UNIT.width() * CHARS), lines(hint, KpiColumn.HINT.width() * SMALL_CHARS)));
        row.setHeightInPoints(lines * LINE + 3);
        if (yesNo) {
            row.createCell(KpiColumn.NUMERATOR.index()).setCellStyle(s.notApplicable);
            row.createCell(KpiColumn.DENOMINATOR.index()).setCellStyle(s.notApplicable);
            cell(row, KpiColumn.CALCULATED.index(), TemplateLayout.NOT_REPORTED, s.calculated);
        } else {
            row.createCell(KpiColumn.NUMERATOR.index()).setCellStyle(s.city(Styles.Input.NUMBER));
            row.createCell(KpiColumn.DENOMINATOR.index()).setCellStyle(s.city(Styles.Input.NUMBER));
            XSSFCell calculated = row.createCell(KpiColumn.CALCULATED.index());
            calculated.setCellFormula(formula(r, scale));
            calculated.setCellStyle(s.calculated);
            v.add(Rule.nonNegative("val.numerator"), r, KpiColumn.NUMERATOR.index());
            v.add(new Rule("decimal>0", "val.denominator",
                    h -> h.createDecimalConstraint(OperatorType.GREATER_THAN, "0", null)), r, KpiColumn.DENOMINATOR.index());
        }
        row.createCell(KpiColumn.VALUE.index()).setCellStyle(s.city(yesNo ? Styles.Input.CHOICE : Styles.Input.NUMBER));
        v.add(valueRule(kind), r, KpiColumn.VALUE.index());
        row.createCell(KpiColumn.YEAR.index()).setCellStyle(s.city(Styles.Input.YEAR));
        v.add(Rule.year(), r, KpiColumn.YEAR.index());
        row.createCell(KpiColumn.REPORTED.index()).setCellStyle(s.city(Styles.Input.CHOICE));
        v.add(Rule.yesNo(), r, KpiColumn.REPORTED.index());
        row.createCell(KpiColumn.VERIFIED.index()).setCellStyle(s.verifier(Styles.Input.CHOICE));
        v.add(Rule.yesNo(), r, KpiColumn.VERIFIED.index());
        row.createCell(KpiColumn.QUALITY.index()).setCellStyle(s.city(Styles.Input.TEXT));
        v.add(new Rule("quality", "val.quality", h -> h.createExplicitListConstraint(
                TemplateLayout.QUALITY_LABELS.values().toArray(String[]::new))), r, KpiColumn.QUALITY.index());
        row.createCell(KpiColumn.ORIGIN.index()).setCellStyle(s.city(Styles.Input.TEXT));
        v.add(Rule.textLength(NAME_LENGTH, "val.text"), r, KpiColumn.ORIGIN.index());
        row.createCell(KpiColumn.SOURCES.index()).setCellStyle(s.city(Styles.Input.TEXT));
        v.add(Rule.textLength(NOTE_LENGTH, "val.long-text"), r, KpiColumn.SOURCES.index());
        row.createCell(KpiColumn.COMMENT.index()).setCellStyle(s.verifier(Styles.Input.TEXT));
        v.add(Rule.textLength(NOTE_LENGTH, "val.long-text"), r, KpiColumn.COMMENT.index());
        markers(row, RowKind.ITEM, ref.toString());
    }

    private static void markers(XSSFRow row, RowKind kind, String anchor) {
        row.createCell(KpiColumn.ROW_KIND.index()).setCellValue(kind.id());
        row.createCell(KpiColumn.ANCHOR.index()).setCellValue(anchor);
    }

    /** {@code IF(AND(ISNUMBER(E9),ISNUMBER(F9),F9<>0),E9/F9*100,"NR")} for row index {@code r}. */
    static String formula(int r, double scale) {
        String num = KpiColumn.NUMERATOR.letter() + (r + 1);
        String den = KpiColumn.DENOMINATOR.letter() + (r + 1);
        String factor = scale == 1 ? "" : "*" + BigDecimal.valueOf(scale).stripTrailingZeros().toPlainString();
        return "IF(AND(ISNUMBER(" + num + "),ISNUMBER(" + den + ")," + den + "<>0)," + num + "/" + den + factor
                + ",\"" + TemplateLayout.NOT_REPORTED + "\")";
    }

    private static Rule valueRule(ValueKind kind) {
        return switch (kind) {
            case PERCENT -> new Rule("percent", "val.percent",
                    h -> h.createDecimalConstraint(OperatorType.BETWEEN, "0", "100"));
            case FRACTION -> new Rule("fraction", "val.fraction",
                    h -> h.createDecimalConstraint(OperatorType.BETWEEN, "0", "1"));
            case YES_NO -> new Rule("yes-no-value", "val.yes-no",
                    h -> h.createExplicitListConstraint(new String[] {TemplateLayout.YES, TemplateLayout.NO}));
            case NON_NEGATIVE -> Rule.nonNegative("val.non-negative");
        };
    }

    private String hint(ValueKind kind, String unit) {
        return switch (kind) {
            case PERCENT -> word("hint.percent");
            case YES_NO -> word("hint.yes-no");
            case FRACTION -> word("hint.fraction");
            case NON_NEGATIVE -> unit.contains("per 100 000")
                    ? word(unit.contains("inhabitants") ? "hint.per-100000-inhabitants" : "hint.per-100000")
                    : word("hint.number");
        };
    }

    // ---- Benchmarks ----------------------------------------------------------------------------

    private void benchmarkSheet(XSSFSheet sheet, Styles s) {
        for (BenchmarkColumn c : BenchmarkColumn.values()) {
            sheet.setColumnWidth(c.index(), c.width() * 256);
        }
        sheet.setDisplayGridlines(false);
        XSSFRow title = sheet.createRow(TITLE_ROW);
        title.setHeightInPoints(26);
        cell(title, 0, word("bench.title", benchmarks.version()), s.title);
        XSSFRow header = sheet.createRow(HEADER_ROW);
        float height = 20;
        for (BenchmarkColumn c : BenchmarkColumn.values()) {
            cell(header, c.index(), word(c.headerKey()), s.header);
            height = Math.max(height, headerHeight(word(c.headerKey()), c.width()));
        }
        header.setHeightInPoints(height);
        int r = FIRST_DATA_ROW;
        for (Benchmark b : benchmarks.all()) {
            XSSFRow row = sheet.createRow(r++);
            cell(row, BenchmarkColumn.ITEM.index(), b.item().toString(), s.code);
            cell(row, BenchmarkColumn.NAME.index(), itemName(b.item()), s.label);
            cell(row, BenchmarkColumn.DIRECTION.index(), word("bench.direction." + b.direction().id()), s.label);
            XSSFCell target = row.createCell(BenchmarkColumn.TARGET.index());
            if (b.target() == null) {
                target.setCellValue(word("bench.target.none"));
            } else {
                target.setCellValue(b.target());
            }
            target.setCellStyle(s.number);
            cell(row, BenchmarkColumn.UNIT.index(), b.unit(), s.label);
            cell(row, BenchmarkColumn.CONFIDENCE.index(),
                    word("bench.confidence." + b.confidence().name().toLowerCase(Locale.ROOT)), s.label);
            cell(row, BenchmarkColumn.BASIS.index(), b.basis(), s.hint);
            cell(row, BenchmarkColumn.SOURCE.index(), b.sourceUrl(), s.hint);
            int lines = Math.max(lines(itemName(b.item()), BenchmarkColumn.NAME.width() * CHARS),
                    Math.max(lines(b.unit(), BenchmarkColumn.UNIT.width() * CHARS),
                            Math.max(lines(b.basis(), BenchmarkColumn.BASIS.width() * SMALL_CHARS),
                                    lines(b.sourceUrl(), BenchmarkColumn.SOURCE.width() * SMALL_CHARS))));
            row.setHeightInPoints(lines * 12f + 3);
        }
        sheet.createFreezePane(1, FIRST_DATA_ROW);
        print(sheet, HEADER_ROW);
    }

    private String itemName(ItemRef item) {
        Optional<Kpi> kpi = catalogue.find(item.kpi());
        if (kpi.isEmpty()) {
            return "";
        }
        String name = names.kpi(item.kpi().toString());
        return item.isDataPoint() ? name + " / " + names.dataPoint(item.kpi().toString(), item.dataPoint()) : name;
    }

    // ---- shared ----------------------------------------------------------------------------------

    /**
     * Protects a sheet: locked cells cannot be edited, rows and columns cannot be inserted or deleted,
     * but columns and rows may be resized and every cell selected.
     */
    static void protect(XSSFSheet sheet) {
        sheet.protectSheet(TemplateLayout.PASSWORD);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    /** A4 landscape, one page wide, with the header row repeated; {@code headerRow} -1 for none. */
    void print(XSSFSheet sheet, int headerRow) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(false);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.TOP, 0.5);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM, 0.6);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.HEADER, 0.2);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.FOOTER, 0.25);
        if (headerRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
        sheet.getFooter().setLeft(word("doc.title") + " | " + sheet.getSheetName());
        sheet.getFooter().setCenter(word("doc.footer.page", "&P", "&N"));
        sheet.getFooter().setRight(TemplateLayout.FORMAT);
    }

    private void properties(XSSFWorkbook workbook) {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        Date date = documentDate(catalogue.version());
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.setTitle(word("doc.title"));
        core.setSubjectProperty(word("doc.subject"));
        core.setCreator(word("doc.creator"));
        core.setLastModifiedByUser(word("doc.creator"));
        core.setKeywords(word("doc.keywords"));
        core.setIdentifier(TemplateLayout.FORMAT + " " + catalogue.version() + " " + benchmarks.version());
        workbook.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("kpidocs");
    }

    /**
     * The created and modified date of the document: 1 January of the first four-digit year in the
     * catalogue version ({@code u4ssc-2022} → 2022-01-01T00:00:00Z), so that the same catalogue always
     * gives the same document; 2000-01-01 when the version names no year.
     */
    static Date documentDate(String catalogueVersion) {
        Matcher m = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)").matcher(catalogueVersion);
        int year = m.find() ? Integer.parseInt(m.group(1)) : 2000;
        return Date.from(LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private String word(String key, String... args) {
        return words.format(locale, key, args);
    }

    private static void cell(XSSFRow row, int column, String text, CellStyle style) {
        XSSFCell cell = row.createCell(column);
        if (!text.isEmpty()) {
            cell.setCellValue(text);
        }
        cell.setCellStyle(style);
    }

    private static void mergeAcross(XSSFSheet sheet, int row, int first, int last) {
        sheet.addMergedRegion(new CellRangeAddress(row, row, first, last));
    }

    /** Characters of 10 pt text that fit in one unit of column width (a little less than measured). */
    private static final double CHARS = 1.15;
    /** The same for the 9 pt text of hints and notes. */
    private static final double SMALL_CHARS = 1.3;
    /** The same for bold text. */
    private static final double BOLD_CHARS = 1.05;

    /**
     * Sets a row tall enough for {@code text} wrapped in a column of {@code width} units. Neither Excel
     * nor LibreOffice sizes rows of wrapped text reliably on opening, so the writer sets the height.
     */
    private static void fitHeight(XSSFRow row, String text, double chars, float line) {
        row.setHeightInPoints(lines(text, chars) * line + 4);
    }

    /**
     * Points a header cell of bold 9 pt text needs in a column {@code width} characters wide: headers
     * are longer in some languages (Russian, Arabic) than in English, and a row too short cuts them.
     */
    static float headerHeight(String text, int width) {
        return lines(text, width * CHARS) * 12f + 6;
    }

    /** How many lines {@code text} takes when wrapped at word boundaries to {@code chars} a line. */
    static int lines(String text, double chars) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            double used = 0;
            for (String word : paragraph.split(" ")) {
                double length = width(word);
                if (used > 0 && used + 1 + length > chars) {
                    lines++;
                    used = 0;
                }
                while (length > chars) {
                    lines++;
                    length -= chars;
                }
                used += (used > 0 ? 1 : 0) + length;
            }
        }
        return Math.max(1, lines);
    }

    /**
     * The width of {@code word} in characters of Latin text: a Chinese, Japanese or Korean character,
     * or a full-width form, takes two (East Asian Wide, Unicode Standard Annex #11); a Cyrillic letter
     * a little more than one (Calibri's Cyrillic is wider than its Latin, measured on the rendered
     * Russian template, where "Доступ домохозяйств к интернету" needs two lines of the name column).
     */
    static double width(String word) {
        return word.codePoints().mapToDouble(c -> wide(c) ? 2
                : Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC ? 1.15 : 1).sum();
    }

    private static boolean wide(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6);
    }

    // ---- data validations --------------------------------------------------------------------------

    /**
     * One kind of data validation: an id (cells with the same id and column share one validation), the
     * message key of its error box, and how to build the constraint.
     */
    private record Rule(String id, String messageKey, Function<DataValidationHelper, DataValidationConstraint> constraint) {

        static Rule nonNegative(String messageKey) {
            return new Rule("decimal>=0:" + messageKey, messageKey,
                    h -> h.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null));
        }

        static Rule year() {
            return new Rule("year", "val.year", h -> h.createIntegerConstraint(OperatorType.BETWEEN,
                    String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
        }

        static Rule yesNo() {
            return new Rule("yes-no", "val.yes-no",
                    h -> h.createExplicitListConstraint(new String[] {TemplateLayout.YES, TemplateLayout.NO}));
        }

        static Rule textLength(int max, String messageKey) {
            return new Rule("text<=" + max, messageKey,
                    h -> h.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL, String.valueOf(max), null));
        }
    }

    /**
     * Collects the cells of each rule and column, then writes one validation per rule and column
     * with the consecutive rows merged into ranges, so that no cell has two validations.
     */
    private final class Validations {
        private record Key(String rule, int column) {
        }

        private final XSSFSheet sheet;
        private final Map<Key, Rule> rules = new LinkedHashMap<>();
        private final Map<Key, List<Integer>> rows = new LinkedHashMap<>();

        Validations(XSSFSheet sheet) {
            this.sheet = sheet;
        }

        void add(Rule rule, int row, int column) {
            Key key = new Key(rule.id(), column);
            rules.putIfAbsent(key, rule);
            rows.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }

        void apply() {
            DataValidationHelper helper = sheet.getDataValidationHelper();
            for (Map.Entry<Key, Rule> e : rules.entrySet()) {
                int column = e.getKey().column();
                CellRangeAddressList regions = new CellRangeAddressList();
                List<Integer> list = rows.get(e.getKey());
                int start = list.get(0);
                for (int i = 1; i <= list.size(); i++) {
                    // Close the run of consecutive rows at a gap or at the end.
                    if (i == list.size() || list.get(i) != list.get(i - 1) + 1) {
                        regions.addCellRangeAddress(start, column, list.get(i - 1), column);
                        if (i < list.size()) {
                            start = list.get(i);
                        }
                    }
                }
                Rule rule = e.getValue();
                DataValidationConstraint constraint = rule.constraint().apply(helper);
                DataValidation validation = helper.createValidation(constraint, regions);
                validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
                validation.setShowErrorBox(true);
                validation.setEmptyCellAllowed(true);
                validation.createErrorBox(word(rule.messageKey() + ".title"), word(rule.messageKey()));
                if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
                    // XSSF inverts this flag: true writes showDropDown="false", which shows the arrow.
                    validation.setSuppressDropDownArrow(true);
                }
                sheet.addValidationData(validation);
            }
        }
    }
}
