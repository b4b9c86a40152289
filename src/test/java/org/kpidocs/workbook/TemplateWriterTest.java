package org.kpidocs.workbook;

import static org.kpidocs.workbook.WorkbookFixture.allText;
import static org.kpidocs.workbook.WorkbookFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kpidocs.workbook.TemplateLayout.FIRST_DATA_ROW;
import static org.kpidocs.workbook.TemplateLayout.HEADER_ROW;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kpidocs.catalogue.Benchmark;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.catalogue.DataPoint;
import org.kpidocs.catalogue.ItemRef;
import org.kpidocs.catalogue.Kpi;
import org.kpidocs.catalogue.ValueKind;
import org.kpidocs.dataset.DataQuality;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.i18n.Messages;
import org.kpidocs.workbook.TemplateLayout.BenchmarkColumn;
import org.kpidocs.workbook.TemplateLayout.KpiColumn;
import org.kpidocs.workbook.TemplateLayout.ProfileColumn;
import org.kpidocs.workbook.TemplateLayout.Role;
import org.kpidocs.workbook.TemplateLayout.RowKind;

/**
 * The blank Data Collection Template read back with POI: the layout contract a reader relies on,
 * protection, validations, formulas and print setup.
 */
class TemplateWriterTest {

    private static Catalogue catalogue;
    private static BenchmarkSet benchmarks;
    private static byte[] bytes;

    @BeforeAll
    static void generate() {
        catalogue = Catalogue.load();
        benchmarks = BenchmarkSet.load(catalogue);
        bytes = DataCollectionTemplate.generate(catalogue, benchmarks, DocumentLanguage.EN).bytes();
    }

    private static XSSFWorkbook open() throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    // ---------------------------------------------------------------- sheets and version

    @Test
    void hasTheSheetsOfTheLayoutInOrderWithTheListSheetHidden() throws IOException {
        try (XSSFWorkbook wb = open()) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                names.add(wb.getSheetName(i));
            }
            assertThat(names).containsExactly("Instructions", "City Profile", "KPI Data", "Benchmarks", "Lists");
            for (String name : List.of("Instructions", "City Profile", "KPI Data", "Benchmarks")) {
                assertThat(wb.getSheetVisibility(wb.getSheetIndex(name))).as(name).isEqualTo(SheetVisibility.VISIBLE);
            }
            assertThat(wb.getSheetVisibility(wb.getSheetIndex("Lists"))).isEqualTo(SheetVisibility.HIDDEN);
            assertThat(wb.getActiveSheetIndex()).isZero();
        }
    }

    @Test
    void instructionsCarryTheTemplateCatalogueAndBenchmarkVersionsInAHiddenColumn() throws IOException {
        try (XSSFWorkbook wb = open()) {
            XSSFSheet sheet = wb.getSheet(TemplateLayout.INSTRUCTIONS);
            assertThat(sheet.isColumnHidden(TemplateLayout.VERSION_COLUMN)).isTrue();
            assertThat(text(sheet, TemplateLayout.FORMAT_ROW, TemplateLayout.VERSION_COLUMN)).isEqualTo("kpidocs-template/1");
            assertThat(text(sheet, TemplateLayout.CATALOGUE_ROW, TemplateLayout.VERSION_COLUMN)).isEqualTo("u4ssc-2022");
            assertThat(text(sheet, TemplateLayout.BENCHMARK_SET_ROW, TemplateLayout.VERSION_COLUMN))
                    .isEqualTo(benchmarks.version());
            assertThat(allText(sheet)).contains("How to fill in this template", "Based on accurate measurements");
        }
    }

    // ---------------------------------------------------------------- KPI Data rows

    @Test
    void hasOneInputRowPerCatalogueItemInCatalogueOrderAnchoredByItsItemReference() throws IOException {
        try (XSSFWorkbook wb = open()) {
            List<String> anchors = new ArrayList<>();
            XSSFSheet sheet = wb.getSheet(TemplateLayout.KPI_DATA);
            for (int r = FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
                if (kind(sheet, r) == RowKind.ITEM) {
                    anchors.add(text(sheet, r, KpiColumn.ANCHOR.index()));
                }
            }
            assertThat(anchors).hasSize(91 - 7 + 28).hasSize(112);
            assertThat(anchors).containsExactlyElementsOf(catalogue.items().stream().map(ItemRef::toString).toList());
            assertThat(anchors).contains("EN: EN: AQ: 1C / PM2.5", "EC: ICT: ICT: 1C");
            assertThat(anchors).allSatisfy(a -> assertThat(ItemRef.parse(a)).isPresent());
            assertThat(sheet.isColumnHidden(KpiColumn.ANCHOR.index())).isTrue();
            assertThat(sheet.isColumnHidden(KpiColumn.ROW_KIND.index())).isTrue();
            assertThat(KpiColumn.ANCHOR.letter()).isEqualTo("Q");
        }
    }

    @Test
    void everyRowHasAKindAndItemRowsSitUnderTheirDimensionSubDimensionAndCategoryBands() throws IOException {
        try (XSSFWorkbook wb = open()) {
            XSSFSheet sheet = wb.getSheet(TemplateLayout.KPI_DATA);
            String dimension = null;
            String subDimension = null;
            String category = null;
            String group = null;
            Map<RowKind, Integer> counts = new LinkedHashMap<>();
            for (int r = FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
                RowKind kind = kind(sheet, r);
                assertThat(kind).as("row %d", r).isNotNull();
                counts.merge(kind, 1, Integer::sum);
                String anchor = text(sheet, r, KpiColumn.ANCHOR.index());
                switch (kind) {
                    case DIMENSION -> {
                        dimension = anchor;
                        assertThat(text(sheet, r, KpiColumn.CODE.index())).endsWith("(" + anchor + ")");
                    }
                    case SUB_DIMENSION -> subDimension = anchor;
                    case CATEGORY -> category = anchor;
                    case KPI -> {
                        group = anchor;
                        assertThat(text(sheet, r, KpiColumn.CODE.index())).isEqualTo(anchor);
                    }
                    case ITEM -> {
                        ItemRef ref = ItemRef.parse(anchor).orElseThrow();
                        Kpi kpi = catalogue.find(ref.kpi()).orElseThrow();
                        assertThat(dimension).as(anchor).isEqualTo(kpi.dimension().code());
                        assertThat(subDimension).as(anchor).isEqualTo(kpi.subDimension().code());
                        assertThat(category).as(anchor).isEqualTo(kpi.category().key());
                        if (ref.isDataPoint()) {
                            assertThat(group).as(anchor).isEqualTo(kpi.code().toString());
                            assertThat(text(sheet, r, KpiColumn.NAME.index())).isEqualTo(ref.dataPoint());
                            assertThat(text(sheet, r, KpiColumn.CODE.index())).isEmpty();
                        } else {
                            assertThat(text(sheet, r, KpiColumn.CODE.index())).isEqualTo(anchor);
                            assertThat(text(sheet, r, KpiColumn.NAME.index())).isEqualTo(kpi.name());
                            assertThat(text(sheet, r, KpiColumn.UNIT.index())).isEqualTo(kpi.unit());
                        }
                    }
                    default -> throw new AssertionError(kind);
                }
                if (kind != RowKind.ITEM && kind != RowKind.KPI) {
                    group = null;
                }
            }
            assertThat(counts).containsEntry(RowKind.DIMENSION, 3).containsEntry(RowKind.SUB_DIMENSION, 7)
                    .containsEntry(RowKind.CATEGORY, catalogue.categories().size())
                    .containsEntry(RowKind.KPI, 7).containsEntry(RowKind.ITEM, 112);
        }
    }

    @Test
    void electronicHealthRecordsSitsInHealthAsPublished() throws IOException {
        try (XSSFWorkbook wb = open()) {
            XSSFSheet sheet = wb.getSheet(TemplateLayout.KPI_DATA);
            int r = itemRow(sheet, "SC: EH: ED: 5A");
            int band = r - 1;
            while (kind(sheet, band) != RowKind.CATEGORY) {
                band--;
            }
            assertThat(text(sheet, band, KpiColumn.ANCHOR.index())).isEqualTo("EH/H");
            assertThat(text(sheet, band, KpiColumn.CODE.index())).isEqualTo("Health");
        }
    }

    @Test
    void headersAreFrozenWithTheCodeAndNameColumns() throws IOException {
        try (XSSFWorkbook wb = open()) {
            PaneInformation kpi = wb.getSheet(TemplateLayout.KPI_DATA).getPaneInformation();
            assertThat(kpi.isFreezePane()).isTrue();
            assertThat(kpi.getHorizontalSplitPosition()).isEqualTo((short) FIRST_DATA_ROW);
            assertThat(kpi.getVerticalSplitPosition()).isEqualTo((short) 2);
            for (String name : List.of(TemplateLayout.PROFILE, TemplateLayout.BENCHMARKS)) {
                PaneInformation pane = wb.getSheet(name).getPaneInformation();
                assertThat(pane.isFreezePane()).as(name).isTrue();
                assertThat(pane.getHorizontalSplitPosition()).as(name).isEqualTo((short) FIRST_DATA_ROW);
            }
            assertThat(text(wb.getSheet(TemplateLayout.KPI_DATA), HEADER_ROW, KpiColumn.NUMERATOR.index()))
                    .isEqualTo("Numerator");
        }
    }

    // ---------------------------------------------------------------- protection

    @Test
    void onlyTheInputCellsOfItemRowsAreUnlocked() throws IOException {
        try (XSSFWorkbook wb = open()) {
            XSSFSheet sheet = wb.getSheet(TemplateLayout.KPI_DATA);
            int unlocked = 0;
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                boolean item = r >= FIRST_DATA_ROW && kind(sheet, r) == RowKind.ITEM;
                boolean yesNo = item && valueKind(text(sheet, r, KpiColumn.ANCHOR.index())) == ValueKind.YES_NO;
                for (KpiColumn c : KpiColumn.values()) {
                    Cell cell = row.getCell(c.index());
                    boolean locked = cell == null || cell.getCellStyle().getLocked();
                    boolean ratio = c == KpiColumn.NUMERATOR || c == KpiColumn.DENOMINATOR;
                    boolean input = item && c.input() && !(yesNo && ratio);
                    assertThat(locked).as("row %d column %s", r, c).isEqualTo(!input);
                    unlocked += locked ? 0 : 1;
                }
            }
            // 112 items × 10 input columns, less numerator and denominator of the 6 yes/no items
            assertThat(unlocked).isEqualTo(112 * 10 - 6 * 2);
        }
    }

    @Test
    void profileLabelsAreLockedAndEachFieldHasOneUnlockedValueCellAndItsKey() throws IOException {
        try (XSSFWorkbook wb = open()) {
            XSSFSheet sheet = wb.getSheet(TemplateLayout.PROFILE);
            assertThat(sheet.isColumnHidden(ProfileColumn.KEY.index())).isTrue();
            List<String> keys = new ArrayList<>();
            for (int r = FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String key = text(sheet, r, ProfileColumn.KEY.index());
                assertThat(row.getCell(ProfileColumn.LABEL.index()).getCellStyle().getLocked()).isTrue();
                assertThat(row.getCell(ProfileColumn.NOTES.index()).getCellStyle().getLocked()).isTrue();
                assertThat(row.getCell(ProfileColumn.VALUE.index()).getCellStyle().getLocked()).as(key).isEqualTo(key.isEmpty());
                if (!key.isEmpty()) {
                    keys.add(key);
                }
            }
            assertThat(keys).containsExactly("reportingYear", "city.name", "city.country", "city.region",
                    "city.population", "city.households", "city.areaKm2", "city.gdp", "city.currency",
                    "city.householdIncome", "city.inflationRate", "city.description", "verification.verifier",
                    "verification.organisation", "verification.mode", "verification.completedOn",
                    "verification.reportDate");
            int name = profileRow(sheet, "city.name");
            assertThat(text(sheet, name, ProfileColumn.LABEL.index())).isEqualTo("City name *");
            assertThat(text(sheet, profileRow(sheet, "city.region"), ProfileColumn.LABEL.index())).doesNotEndWith("*");
        }
    }

    @Test
    void everySheetIsProtectedAndTheWorkbookStructureLocked() throws IOException {
        try (XSSFWorkbook wb = open()) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                assertThat(sheet.getProtect()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.validateSheetPassword(TemplateLayout.PASSWORD)).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.isInsertRowsLocked()).isTrue();
                assertThat(sheet.isDeleteRowsLocked()).isTrue();
                assertThat(sheet.isFormatColumnsLocked()).isFalse();
            }
            assertThat(wb.isStructureLocked()).isTrue();
            assertThat(wb.validateWorkbookPassword(TemplateLayout.PASSWORD)).isTrue();
            // Every benchmark cell is locked: the sheet is reference only.
            XSSFSheet bench = wb.getSheet(TemplateLayout.BENCHMARKS);
            for (Row row : bench) {
                for (Cell cell : row) {
                    assertThat(cell.getCellStyle().getLocked()).isTrue();
                }
            }
        }
    }

    // ---------------------------------------------------------------- validations

    @Test
    void choicesAreDropDownsOfYesNoAndTheSixQualityLabels() throws IOException {
        try (XSSFWorkbook wb = open()) {
            XSSFSheet sheet = wb.getSheet(TemplateLayout.KPI_DATA);
            for (String item : List.of("EC: ICT: ICT: 1C", "EN: EN: AQ: 1C / PM2.5", "SC: SH: FS: 1A")) {
                int r = itemRow(sheet, item);
                for (KpiColumn c : List.of(KpiColumn.REPORTED, KpiColumn.VERIFIED)) {
                    XSSFDataValidation v = validation(sheet, r, c.index()).orElseThrow();
                    assertThat(v.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
                    assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactly("YES", "NO");
                    assertThat(v.getErrorStyle()).isEqualTo(org.apache.poi.ss.usermodel.DataValidation.ErrorStyle.STOP);
                    assertThat(v.getShowErrorBox()).isTrue();
                    assertThat(v.getEmptyCellAllowed()).isTrue();
                    assertThat(v.getSuppressDropDownArrow()).as("arrow shown").isTrue();
                }
                XSSFDataValidation quality = validation(sheet, r, KpiColumn.QUALITY.index()).orElseThrow();
                assertThat(quality.getValidationConstraint().getExplicitListValues())
                        .containsExactlyElementsOf(TemplateLayout.QUALITY_LABELS.values()).hasSize(6);
            }
        }
    }

    @Test
    void theFinalValueAcceptsTheRangeOfItsValueKind() throws IOException {
        try (XSSFWorkbook wb = open()) {
            XSSFSheet sheet = wb.getSheet(TemplateLayout.KPI_DATA);
            for (ItemRef item : catalogue.items()) {
                int r = itemRow(sheet, item.toString());
                var c = validation(sheet, r, KpiColumn.VALUE.index()).orElseThrow().getValidationConstraint();
                switch (valueKind(item.toString())) {
                    case PERCENT -> assertRange(c, ValidationType.DECIMAL, OperatorType.BETWEEN, "0", "100");
                    case FRACTION -> assertRange(c, ValidationType.DECIMAL, OperatorType.BETWEEN, "0", "1");
                    case NON_NEGATIVE -> assertRange(c, ValidationType.DECIMAL, OperatorType.GREATER_OR_EQUAL, "0", null);
                    case YES_NO -> {
                        assertThat(c.getValidationType()).isEqualTo(ValidationType.LIST);
                        assertThat(c.getExplicitListValues()).containsExactly("YES", "NO");
                        assertThat(validation(sheet, r, KpiColumn.NUMERATOR.index())).isEmpty();
                    }
                }
                if (valueKind(item.toString()) != ValueKind.YES_NO) {
                    assertRange(validation(sheet, r, KpiColumn.NUMERATOR.index()).orElseThrow().getValidationConstraint(),
                            ValidationType.DECIMAL, OperatorType.GREATER_OR_EQUAL, "0", null);
                    assertRange(validation(sheet, r, KpiColumn.DENOMINATOR.index()).orElseThrow().getValidationConstraint(),
                            ValidationType.DECIMAL, OperatorType.GREATER_THAN, "0", null);
                }
                assertRange(validation(sheet, r, KpiColumn.YEAR.index()).orElseThrow().getValidationConstraint(),
                        ValidationType.INTEGER, OperatorType.BETWEEN, "1990", "2100");
                for (KpiColumn text : List.of(KpiColumn.ORIGIN, KpiColumn.SOURCES, KpiColumn.COMMENT)) {
                    assertThat(validation(sheet, r, text.index()).orElseThrow().getValidationConstraint()
                            .getValidationType()).isEqualTo(ValidationType.TEXT_LENGTH);
                }
            }
            // Spot checks of the mapping itself.
            assertThat(valueKind("EC: ICT: ICT: 1C")).isEqualTo(ValueKind.PERCENT);
            assertThat(valueKind("SC: SH: SI: 2C")).isEqualTo(ValueKind.FRACTION);
            assertThat(valueKind("SC: SH: SA: 3A")).isEqualTo(ValueKind.YES_NO);
            assertThat(valueKind("EN: EN: AQ: 1C / PM10")).isEqualTo(ValueKind.NON_NEGATIVE);
        }
    }

    @Test
    void profileValuesAreValidatedAndTheCurrencyIsADropDownOfAHiddenIsoList() throws IOException {
        try (XSSFWorkbook wb = open()) {
            XSSFSheet sheet = wb.getSheet(TemplateLayout.PROFILE);
            int value = ProfileColumn.VALUE.index();
            assertRange(constraint(sheet, "reportingYear"), ValidationType.INTEGER, OperatorType.BETWEEN, "1990", "2100");
            assertRange(constraint(sheet, "city.name"), ValidationType.TEXT_LENGTH, OperatorType.LESS_OR_EQUAL, "200", null);
            assertRange(constraint(sheet, "city.country"), ValidationType.TEXT_LENGTH, OperatorType.LESS_OR_EQUAL, "200", null);
            assertRange(constraint(sheet, "city.population"), ValidationType.INTEGER, OperatorType.GREATER_THAN, "0", null);
            assertRange(constraint(sheet, "city.households"), ValidationType.INTEGER, OperatorType.GREATER_THAN, "0", null);
            assertRange(constraint(sheet, "city.areaKm2"), ValidationType.DECIMAL, OperatorType.GREATER_THAN, "0", null);
            assertRange(constraint(sheet, "city.gdp"), ValidationType.DECIMAL, OperatorType.GREATER_OR_EQUAL, "0", null);
            assertRange(constraint(sheet, "city.description"), ValidationType.TEXT_LENGTH, OperatorType.LESS_OR_EQUAL, "4000", null);
            assertThat(constraint(sheet, "verification.mode").getExplicitListValues()).containsExactly("remote", "on-site");
            assertThat(constraint(sheet, "verification.completedOn").getValidationType()).isEqualTo(ValidationType.DATE);

            var currency = constraint(sheet, "city.currency");
            assertThat(currency.getValidationType()).isEqualTo(ValidationType.LIST);
            assertThat(currency.getExplicitListValues()).isNull();
            List<String> codes = TemplateLayout.currencies();
            assertThat(currency.getFormula1()).isEqualTo("Lists!$A$1:$A$" + codes.size());
            assertThat(codes).contains("EUR", "USD", "CHF", "JPY").isSorted().doesNotHaveDuplicates();
            assertThat(String.join(",", codes).length()).as("too long for an explicit list").isGreaterThan(255);
            XSSFSheet lists = wb.getSheet(TemplateLayout.LISTS);
            List<String> listed = new ArrayList<>();
            for (Row row : lists) {
                listed.add(row.getCell(0).getStringCellValue());
            }
            assertThat(listed).containsExactlyElementsOf(codes);
            assertThat(sheet.getRow(profileRow(sheet, "city.currency")).getCell(value).getCellStyle().getLocked()).isFalse();
        }
    }

    @Test
    void validationsNeverOverlapAndKeepWithinExcelsLimits() throws IOException {
        try (XSSFWorkbook wb = open()) {
            for (String name : List.of(TemplateLayout.PROFILE, TemplateLayout.KPI_DATA)) {
                XSSFSheet sheet = wb.getSheet(name);
                Map<String, Integer> covered = new LinkedHashMap<>();
                for (XSSFDataValidation v : sheet.getDataValidations()) {
                    for (CellRangeAddress range : v.getRegions().getCellRangeAddresses()) {
                        for (var address : range) {
                            covered.merge(address.formatAsString(), 1, Integer::sum);
                        }
                    }
                    assertThat(v.getErrorBoxTitle()).hasSizeLessThanOrEqualTo(32);
                    assertThat(v.getErrorBoxText()).isNotBlank().hasSizeLessThanOrEqualTo(225);
                    String[] list = v.getValidationConstraint().getExplicitListValues();
                    if (list != null) {
                        assertThat(String.join(",", list)).hasSizeLessThanOrEqualTo(255);
                    }
                }
                assertThat(covered.values()).as(name).allMatch(n -> n == 1);
                // Every unlocked cell has a validation.
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (!cell.getCellStyle().getLocked()) {
                            assertThat(covered).as(name).containsKey(cell.getAddress().formatAsString());
                        }
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- formulas

    @Test
    void theCalculatedResultIsNumeratorOverDenominatorTimesTheScaleAndNrUntilBothAreEntered() throws IOException {
        try (XSSFWorkbook wb = open()) {
            XSSFSheet sheet = wb.getSheet(TemplateLayout.KPI_DATA);
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            // percent ×100, per 100 000 inhabitants ×100 000, a ratio ×1, a data point ×100
            assertThat(calculate(sheet, evaluator, "EC: ICT: ICT: 1C", 97_000, 100_000)).isEqualTo(97.0);
            assertThat(calculate(sheet, evaluator, "SC: EH: H: 3C", 960, 240_000)).isEqualTo(400.0);
            assertThat(calculate(sheet, evaluator, "EC: I: T: 5A", 30, 20)).isEqualTo(1.5);
            assertThat(calculate(sheet, evaluator, "EN: EN: WS: 4C / primary", 45, 50)).isEqualTo(90.0);

            int r = itemRow(sheet, "EC: ICT: ICT: 2C");
            Cell result = sheet.getRow(r).getCell(KpiColumn.CALCULATED.index());
            assertThat(result.getCellFormula()).isEqualTo(
                    "IF(AND(ISNUMBER(E" + (r + 1) + "),ISNUMBER(F" + (r + 1) + "),F" + (r + 1) + "<>0),E" + (r + 1)
                            + "/F" + (r + 1) + "*100,\"NR\")");
            assertThat(evaluator.evaluate(result).getStringValue()).isEqualTo("NR");
            sheet.getRow(r).getCell(KpiColumn.NUMERATOR.index()).setCellValue(5);
            evaluator.clearAllCachedResultValues();
            assertThat(evaluator.evaluate(result).getStringValue()).as("denominator missing").isEqualTo("NR");
            sheet.getRow(r).getCell(KpiColumn.DENOMINATOR.index()).setCellValue(0);
            evaluator.clearAllCachedResultValues();
            assertThat(evaluator.evaluate(result).getStringValue()).as("denominator 0").isEqualTo("NR");
        }
    }

    @Test
    void everyCalculatedResultReadsNrAsWrittenAndYesNoItemsHaveNoFormula() throws IOException {
        try (XSSFWorkbook wb = open()) {
            XSSFSheet sheet = wb.getSheet(TemplateLayout.KPI_DATA);
            for (ItemRef item : catalogue.items()) {
                Cell cell = sheet.getRow(itemRow(sheet, item.toString())).getCell(KpiColumn.CALCULATED.index());
                if (valueKind(item.toString()) == ValueKind.YES_NO) {
                    assertThat(cell.getCellType()).as(item.toString()).isEqualTo(CellType.STRING);
                } else {
                    assertThat(cell.getCellType()).as(item.toString()).isEqualTo(CellType.FORMULA);
                    assertThat(cell.getCachedFormulaResultType()).isEqualTo(CellType.STRING);
                }
                assertThat(cell.getStringCellValue()).isEqualTo("NR");
                assertThat(cell.getCellStyle().getLocked()).isTrue();
            }
        }
    }

    // ---------------------------------------------------------------- print, benchmarks, words

    @Test
    void visibleSheetsPrintOnA4LandscapeOnePageWideWithTheHeaderRowRepeated() throws IOException {
        try (XSSFWorkbook wb = open()) {
            for (String name : List.of(TemplateLayout.INSTRUCTIONS, TemplateLayout.PROFILE, TemplateLayout.KPI_DATA,
                    TemplateLayout.BENCHMARKS)) {
                XSSFSheet sheet = wb.getSheet(name);
                PrintSetup setup = sheet.getPrintSetup();
                assertThat(setup.getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(setup.getLandscape()).as(name).isTrue();
                assertThat(sheet.getFitToPage()).as(name).isTrue();
                assertThat(setup.getFitWidth()).as(name).isEqualTo((short) 1);
                assertThat(setup.getFitHeight()).as(name).isEqualTo((short) 0);
                assertThat(sheet.getFooter().getCenter()).contains("&P", "&N");
                if (!name.equals(TemplateLayout.INSTRUCTIONS)) {
                    assertThat(sheet.getRepeatingRows()).as(name).isEqualTo(CellRangeAddress.valueOf("2:2"));
                }
            }
        }
    }

    @Test
    void benchmarkSheetListsEveryReferenceTargetWithItsDirectionBasisAndSource() throws IOException {
        try (XSSFWorkbook wb = open()) {
            XSSFSheet sheet = wb.getSheet(TemplateLayout.BENCHMARKS);
            assertThat(sheet.getLastRowNum() - FIRST_DATA_ROW + 1).isEqualTo(119);
            List<Benchmark> all = benchmarks.all();
            assertThat(all).hasSize(119);
            for (int i = 0; i < all.size(); i++) {
                Benchmark b = all.get(i);
                int r = FIRST_DATA_ROW + i;
                assertThat(text(sheet, r, BenchmarkColumn.ITEM.index())).isEqualTo(b.item().toString());
                Cell target = sheet.getRow(r).getCell(BenchmarkColumn.TARGET.index());
                if (b.target() == null) {
                    assertThat(target.getStringCellValue()).isEqualTo("N/A");
                } else {
                    assertThat(target.getNumericCellValue()).as(b.item().toString()).isEqualTo(b.target());
                }
                assertThat(text(sheet, r, BenchmarkColumn.BASIS.index())).isEqualTo(b.basis());
                assertThat(text(sheet, r, BenchmarkColumn.SOURCE.index())).isEqualTo(b.sourceUrl());
            }
            int fixed = rowOf(sheet, BenchmarkColumn.ITEM.index(), "EC: ICT: ICT: 2C");
            assertThat(sheet.getRow(fixed).getCell(BenchmarkColumn.TARGET.index()).getNumericCellValue()).isEqualTo(30.0);
            assertThat(text(sheet, fixed, BenchmarkColumn.DIRECTION.index())).isEqualTo("Higher is better");
            assertThat(text(sheet, fixed, BenchmarkColumn.CONFIDENCE.index())).isEqualTo("Official");
            int pm25 = rowOf(sheet, BenchmarkColumn.ITEM.index(), "EN: EN: AQ: 1C / PM2.5");
            assertThat(sheet.getRow(pm25).getCell(BenchmarkColumn.TARGET.index()).getNumericCellValue()).isEqualTo(5.0);
            assertThat(text(sheet, pm25, BenchmarkColumn.NAME.index())).isEqualTo("Air Pollution / PM2.5");
        }
    }

    @Test
    void everyVisibleWordComesFromTheBundle() throws IOException {
        Messages words = new Messages(DataCollectionTemplate.BUNDLE);
        for (KpiColumn c : KpiColumn.values()) {
            assertThat(words.has(c.headerKey())).as(c.headerKey()).isTrue();
        }
        for (BenchmarkColumn c : BenchmarkColumn.values()) {
            assertThat(words.has(c.headerKey())).as(c.headerKey()).isTrue();
        }
        for (ProfileField f : ProfileField.values()) {
            assertThat(words.has(f.labelKey())).as(f.labelKey()).isTrue();
            assertThat(words.has(f.notesKey())).as(f.notesKey()).isTrue();
        }
        // A missing key prints as the key itself: no cell of the workbook may look like one.
        Pattern key = Pattern.compile("^(doc|instr|profile|kpi|hint|bench|val)\\.[a-z0-9.-]+.*");
        try (XSSFWorkbook wb = open()) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                for (String text : allText(wb.getSheetAt(i))) {
                    assertThat(key.matcher(text).matches()).as(text).isFalse();
                }
            }
            for (XSSFDataValidation v : wb.getSheet(TemplateLayout.KPI_DATA).getDataValidations()) {
                assertThat(key.matcher(v.getErrorBoxTitle()).matches()).as(v.getErrorBoxTitle()).isFalse();
                assertThat(key.matcher(v.getErrorBoxText()).matches()).as(v.getErrorBoxText()).isFalse();
            }
        }
    }

    @Test
    void qualityLabelsAndAnswersMapBackToTheDatasetValues() {
        assertThat(TemplateLayout.QUALITY_LABELS.keySet()).containsExactly(DataQuality.values());
        for (var e : TemplateLayout.QUALITY_LABELS.entrySet()) {
            assertThat(TemplateLayout.quality(e.getValue())).contains(e.getKey());
            assertThat(TemplateLayout.quality("  " + e.getValue().toUpperCase() + " ")).contains(e.getKey());
            assertThat(TemplateLayout.quality(e.getKey().id())).contains(e.getKey());
        }
        assertThat(TemplateLayout.quality("good enough")).isEmpty();
        assertThat(TemplateLayout.yesNo(" yes")).contains(true);
        assertThat(TemplateLayout.yesNo("NO")).contains(false);
        assertThat(TemplateLayout.yesNo("maybe")).isEmpty();
        assertThat(TemplateLayout.yesNo(null)).isEmpty();
        assertThat(RowKind.find("item")).contains(RowKind.ITEM);
        assertThat(KpiColumn.values()).filteredOn(c -> c.role() == Role.HIDDEN)
                .containsExactly(KpiColumn.ROW_KIND, KpiColumn.ANCHOR);
    }

    // ---------------------------------------------------------------- determinism

    @Test
    void theSameCatalogueGivesByteIdenticalFilesDatedByTheCatalogueVersion() throws IOException {
        byte[] again = new TemplateWriter(catalogue, benchmarks, new Messages(DataCollectionTemplate.BUNDLE), DocumentLanguage.EN).bytes();
        assertThat(again).isEqualTo(bytes);
        try (XSSFWorkbook wb = open()) {
            var core = wb.getProperties().getCoreProperties();
            assertThat(core.getCreated().toInstant()).isEqualTo(Instant.parse("2022-01-01T00:00:00Z"));
            assertThat(core.getModified().toInstant()).isEqualTo(Instant.parse("2022-01-01T00:00:00Z"));
            assertThat(core.getTitle()).isEqualTo("U4SSC Data Collection Template");
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            List<String> names = new ArrayList<>();
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo("2022-01-01T00:00");
            }
            assertThat(names.get(0)).isEqualTo("[Content_Types].xml");
        }
        assertThat(TemplateWriter.documentDate("no-year").toInstant()).isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TemplateWriter(catalogue, benchmarks, new Messages(DataCollectionTemplate.BUNDLE), DocumentLanguage.EN).write(out);
        assertThat(out.toByteArray()).isEqualTo(bytes);
    }

    @Test
    void wrapsWordsWhenEstimatingLines() {
        assertThat(TemplateWriter.lines("", 10)).isEqualTo(1);
        assertThat(TemplateWriter.lines("short", 10)).isEqualTo(1);
        assertThat(TemplateWriter.lines("two words here", 10)).isEqualTo(2);
        assertThat(TemplateWriter.lines("a\nb", 10)).isEqualTo(2);
        assertThat(TemplateWriter.lines("x".repeat(25), 10)).isEqualTo(3);
        // Chinese characters are twice as wide as Latin letters; Cyrillic a little wider.
        assertThat(TemplateWriter.lines("数据收集模板", 10)).isEqualTo(2);
        assertThat(TemplateWriter.lines("Доступ домохозяйств к интернету", 32.2)).isEqualTo(2);
        assertThat(TemplateWriter.lines("Household Internet Access 1234", 32.2)).isEqualTo(1);
    }

    // ---------------------------------------------------------------- helpers

    private static void assertRange(org.apache.poi.ss.usermodel.DataValidationConstraint c, int type, int operator,
                                    String formula1, String formula2) {
        assertThat(c.getValidationType()).isEqualTo(type);
        assertThat(c.getOperator()).isEqualTo(operator);
        assertThat(c.getFormula1()).isEqualTo(formula1);
        assertThat(c.getFormula2()).isEqualTo(formula2);
    }

    private static double calculate(XSSFSheet sheet, FormulaEvaluator evaluator, String item, double num, double den) {
        Row row = sheet.getRow(itemRow(sheet, item));
        row.getCell(KpiColumn.NUMERATOR.index()).setCellValue(num);
        row.getCell(KpiColumn.DENOMINATOR.index()).setCellValue(den);
        evaluator.clearAllCachedResultValues();
        CellValue value = evaluator.evaluate(row.getCell(KpiColumn.CALCULATED.index()));
        assertThat(value.getCellType()).as(item).isEqualTo(CellType.NUMERIC);
        return value.getNumberValue();
    }

    private static org.apache.poi.ss.usermodel.DataValidationConstraint constraint(XSSFSheet sheet, String key) {
        return validation(sheet, profileRow(sheet, key), ProfileColumn.VALUE.index()).orElseThrow()
                .getValidationConstraint();
    }

    private static Optional<XSSFDataValidation> validation(XSSFSheet sheet, int row, int column) {
        return sheet.getDataValidations().stream()
                .filter(v -> java.util.Arrays.stream(v.getRegions().getCellRangeAddresses())
                        .anyMatch(a -> a.isInRange(row, column)))
                .findFirst();
    }

    private ValueKind valueKind(String anchor) {
        ItemRef ref = ItemRef.parse(anchor).orElseThrow();
        Kpi kpi = catalogue.find(ref.kpi()).orElseThrow();
        return ref.isDataPoint() ? kpi.dataPoint(ref.dataPoint()).map(DataPoint::valueKind).orElseThrow() : kpi.valueKind();
    }

    private static RowKind kind(XSSFSheet sheet, int r) {
        return RowKind.find(text(sheet, r, KpiColumn.ROW_KIND.index())).orElse(null);
    }

    private static int itemRow(XSSFSheet sheet, String anchor) {
        for (int r = FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            if (kind(sheet, r) == RowKind.ITEM && text(sheet, r, KpiColumn.ANCHOR.index()).equals(anchor)) {
                return r;
            }
        }
        throw new AssertionError("no row for " + anchor);
    }

    private static int profileRow(XSSFSheet sheet, String key) {
        return rowOf(sheet, ProfileColumn.KEY.index(), key);
    }

    private static int rowOf(XSSFSheet sheet, int column, String value) {
        for (int r = FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            if (text(sheet, r, column).equals(value)) {
                return r;
            }
        }
        throw new AssertionError("no row with " + value);
    }
}
