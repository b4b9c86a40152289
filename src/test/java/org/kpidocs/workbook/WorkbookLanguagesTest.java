package org.kpidocs.workbook;

import static org.kpidocs.workbook.WorkbookFixture.allText;
import static org.kpidocs.workbook.WorkbookFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.ReadingOrder;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.dataset.Dataset;
import org.kpidocs.dataset.DatasetChecker;
import org.kpidocs.dataset.DatasetRejectedException;
import org.kpidocs.dataset.DatasetService;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.workbook.TemplateLayout.BenchmarkColumn;
import org.kpidocs.workbook.TemplateLayout.KpiColumn;

/**
 * The Data Collection Template in each of the six languages: translated words and catalogue names,
 * the layout contract unchanged, right to left in Arabic, Excel's limits kept, and a template filled
 * in any language read back to the same dataset.
 */
class WorkbookLanguagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, byte[]> TEMPLATES = new ConcurrentHashMap<>();
    private static Catalogue catalogue;
    private static BenchmarkSet benchmarks;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        catalogue = Catalogue.load();
        benchmarks = BenchmarkSet.load(catalogue);
    }

    static Stream<DocumentLanguage> languages() {
        return DocumentLanguage.all().stream();
    }

    private static byte[] template(DocumentLanguage language) {
        return TEMPLATES.computeIfAbsent(language.tag(),
                t -> DataCollectionTemplate.generate(catalogue, benchmarks, language).bytes());
    }

    private static XSSFWorkbook open(DocumentLanguage language) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(template(language)));
    }

    /** A value of the workbook bundle file of {@code language} itself (not through the code under test). */
    static String bundle(DocumentLanguage language, String key) throws IOException {
        String suffix = language.equals(DocumentLanguage.EN) ? "" : "_" + language.tag();
        return new MessageFormat(properties("/messages/workbook" + suffix + ".properties").getProperty(key))
                .format(new Object[0]);
    }

    /** A name of the catalogue names file of {@code language}; English from the catalogue. */
    private static String catalogueName(DocumentLanguage language, String key, String english) throws IOException {
        return language.equals(DocumentLanguage.EN) ? english
                : properties("/catalogue/u4ssc-2022/kpi-names_" + language.tag() + ".properties").getProperty(key);
    }

    private static Properties properties(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = WorkbookLanguagesTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | Final value (overrides) | Household Internet Access | Air Pollution / PM2.5",
        "fr | Valeur finale (prioritaire) | Accès des ménages à Internet | Pollution de l'air / PM2,5",
        "es | Valor final (prevalece) | Acceso a Internet en los hogares |",
        "ru | Итоговое значение (имеет приоритет) | Доступ домохозяйств к интернету |",
        "zh | 最终值（优先） | 家庭互联网接入 |",
        "ar | القيمة النهائية (لها الأولوية) | نفاذ الأسر المعيشية إلى الإنترنت |",
    })
    void headersAndKpiNamesAreInTheLanguage(String tag, String valueHeader, String kpiName, String benchmarkName)
            throws IOException {
        DocumentLanguage language = DocumentLanguage.find(tag).orElseThrow();
        try (XSSFWorkbook wb = open(language)) {
            XSSFSheet kpis = wb.getSheet(TemplateLayout.KPI_DATA);
            assertThat(text(kpis, TemplateLayout.HEADER_ROW, KpiColumn.VALUE.index())).isEqualTo(valueHeader);
            int row = WorkbookFixture.itemRow(wb, "EC: ICT: ICT: 1C");
            assertThat(text(kpis, row, KpiColumn.NAME.index())).isEqualTo(kpiName);
            assertThat(text(kpis, row, KpiColumn.CODE.index())).as("codes stay as they are").isEqualTo("EC: ICT: ICT: 1C");
            if (benchmarkName != null) {
                XSSFSheet bench = wb.getSheet(TemplateLayout.BENCHMARKS);
                List<String> names = new ArrayList<>();
                for (Row r : bench) {
                    if ("EN: EN: AQ: 1C / PM2.5".equals(text(bench, r.getRowNum(), BenchmarkColumn.ITEM.index()))) {
                        names.add(text(bench, r.getRowNum(), BenchmarkColumn.NAME.index()));
                    }
                }
                assertThat(names).containsExactly(benchmarkName);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyHeadingInstructionAndCatalogueNameComesFromTheFilesOfTheLanguage(DocumentLanguage language)
            throws IOException {
        try (XSSFWorkbook wb = open(language)) {
            List<String> instructions = allText(wb.getSheet(TemplateLayout.INSTRUCTIONS));
            assertThat(instructions).contains(bundle(language, "instr.title"), bundle(language, "instr.steps"),
                    bundle(language, "instr.step.4"), bundle(language, "instr.legend.city"));
            // The drop-down's fixed labels, with what each means in the language beside them.
            for (var quality : TemplateLayout.QUALITY_LABELS.entrySet()) {
                String meaning = bundle(language, "instr.quality." + quality.getKey().id());
                assertThat(instructions).contains(language.equals(DocumentLanguage.EN) ? quality.getValue()
                        : quality.getValue() + " — " + meaning);
                if (language.equals(DocumentLanguage.EN)) {
                    assertThat(meaning).isEqualTo(quality.getValue());
                }
            }
            assertThat(allText(wb.getSheet(TemplateLayout.PROFILE))).contains(bundle(language, "profile.title"),
                    bundle(language, "profile.city.population"), bundle(language, "profile.verification.mode.notes"));
            XSSFSheet kpis = wb.getSheet(TemplateLayout.KPI_DATA);
            for (KpiColumn c : KpiColumn.values()) {
                if (c.role() != TemplateLayout.Role.HIDDEN) {
                    assertThat(text(kpis, TemplateLayout.HEADER_ROW, c.index())).isEqualTo(bundle(language, c.headerKey()));
                }
            }
            List<String> kpiTexts = allText(kpis);
            assertThat(kpiTexts).contains(
                    bundle(language, "kpi.title"),
                    MessageFormat.format(properties(language).getProperty("kpi.band.dimension"),
                            catalogueName(language, "dimension.EC", "Economy"), "EC"),
                    catalogueName(language, "EN-EN-AQ-1C", "Air Pollution"),
                    bundle(language, "hint.percent"));
            assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo(bundle(language, "doc.title"));
            assertThat(wb.getSheet(TemplateLayout.BENCHMARKS).getFooter().getLeft())
                    .startsWith(bundle(language, "doc.title"));
            if (!language.equals(DocumentLanguage.EN)) {
                assertThat(bundle(language, "kpi.col.value")).isNotEqualTo(bundle(DocumentLanguage.EN, "kpi.col.value"));
                assertThat(kpiTexts).doesNotContain("Household Internet Access", "Air Pollution");
            }
        }
    }

    private static Properties properties(DocumentLanguage language) throws IOException {
        return properties("/messages/workbook" + (language.equals(DocumentLanguage.EN) ? "" : "_" + language.tag())
                + ".properties");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void sheetNamesAnswersAndMarkersStayThoseOfTheLayoutContract(DocumentLanguage language) throws IOException {
        try (XSSFWorkbook wb = open(language)) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                names.add(wb.getSheetName(i));
            }
            assertThat(names).containsExactlyElementsOf(TemplateLayout.SHEETS)
                    .containsExactly("Instructions", "City Profile", "KPI Data", "Benchmarks", "Lists");
            XSSFSheet kpis = wb.getSheet(TemplateLayout.KPI_DATA);
            List<String> lists = new ArrayList<>();
            for (XSSFDataValidation v : kpis.getDataValidations()) {
                String[] values = v.getValidationConstraint().getExplicitListValues();
                if (values != null) {
                    lists.add(String.join("|", values));
                }
            }
            assertThat(lists).contains("YES|NO", String.join("|", TemplateLayout.QUALITY_LABELS.values()));
            int row = WorkbookFixture.itemRow(wb, "EC: ICT: ICT: 1C");
            assertThat(kpis.getRow(row).getCell(KpiColumn.CALCULATED.index()).getStringCellValue()).isEqualTo("NR");
            assertThat(text(wb.getSheet(TemplateLayout.INSTRUCTIONS), TemplateLayout.FORMAT_ROW,
                    TemplateLayout.VERSION_COLUMN)).isEqualTo(TemplateLayout.FORMAT);
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void arabicSheetsRunRightToLeftWithTextStartingAtTheRight(DocumentLanguage language) throws IOException {
        try (XSSFWorkbook wb = open(language)) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                assertThat(wb.getSheetAt(i).isRightToLeft()).as(wb.getSheetName(i)).isEqualTo(language.rightToLeft());
            }
            XSSFSheet kpis = wb.getSheet(TemplateLayout.KPI_DATA);
            int row = WorkbookFixture.itemRow(wb, "EN: EN: AQ: 1C / PM2.5");
            // Data point names are indented from the start of the cell, which is the right edge in Arabic.
            XSSFCellStyle name = kpis.getRow(row).getCell(KpiColumn.NAME.index()).getCellStyle();
            XSSFCellStyle calculated = kpis.getRow(row).getCell(KpiColumn.CALCULATED.index()).getCellStyle();
            if (language.rightToLeft()) {
                assertThat(name.getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
                assertThat(calculated.getAlignment()).isEqualTo(HorizontalAlignment.LEFT);
            } else {
                assertThat(name.getAlignment()).isEqualTo(HorizontalAlignment.LEFT);
                assertThat(calculated.getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
            }
            // The first strong character decides the order: English units stay readable in Arabic.
            assertThat(kpis.getRow(row).getCell(KpiColumn.UNIT.index()).getCellStyle().getReadingOrder())
                    .isEqualTo(ReadingOrder.CONTEXT);
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void validationMessagesKeepWithinExcelsLimitsAndNoCellShowsAMessageKey(DocumentLanguage language)
            throws IOException {
        Pattern key = Pattern.compile("^(doc|instr|profile|kpi|hint|bench|val)\\.[a-z0-9.-]+.*");
        try (XSSFWorkbook wb = open(language)) {
            int validations = 0;
            for (String name : List.of(TemplateLayout.PROFILE, TemplateLayout.KPI_DATA)) {
                for (XSSFDataValidation v : wb.getSheet(name).getDataValidations()) {
                    validations++;
                    assertThat(v.getErrorBoxTitle()).as(name).isNotBlank().hasSizeLessThanOrEqualTo(32)
                            .doesNotMatch(key);
                    assertThat(v.getErrorBoxText()).as(name).isNotBlank().hasSizeLessThanOrEqualTo(225)
                            .doesNotMatch(key);
                }
            }
            assertThat(validations).isGreaterThan(20);
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                for (String text : allText(wb.getSheetAt(i))) {
                    assertThat(key.matcher(text).matches()).as(text).isFalse();
                }
            }
        }
        // Every validation message of the bundle, used or not, in every language.
        Properties p = properties(language);
        for (String k : p.stringPropertyNames()) {
            if (k.startsWith("val.")) {
                assertThat(bundle(language, k)).as(k).hasSizeLessThanOrEqualTo(k.endsWith(".title") ? 32 : 225);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void theSameInputsGiveTheSameBytesInEachLanguage(DocumentLanguage language) {
        // Generated again, through the service's cache, with Arabic-Indic digits asked for: they change
        // nothing in a workbook, whose numbers Excel formats.
        byte[] again = new DataCollectionTemplates(catalogue, benchmarks)
                .in(language.withDefaultDigits(DocumentLanguage.Digits.ARABIC_INDIC)).bytes();
        assertThat(again).isEqualTo(template(language));
        if (!language.equals(DocumentLanguage.EN)) {
            assertThat(again).isNotEqualTo(template(DocumentLanguage.EN));
        }
    }

    // ---------------------------------------------------------------- upload

    @ParameterizedTest
    @MethodSource("languages")
    void aTemplateFilledInAnyLanguageReadsBackToTheSameDataset(DocumentLanguage language) throws IOException {
        ObjectNode expected = WorkbookReaderTest.lumeriaAsTemplateHoldsIt();
        XSSFWorkbook workbook = open(language);
        WorkbookFixture.fill(workbook, expected);
        Path file = dir.resolve(language.tag() + ".xlsx");
        Files.write(file, WorkbookFixture.bytes(workbook));

        WorkbookReader.Result result = new WorkbookReader(catalogue).read(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        DatasetChecker checker = new DatasetChecker(catalogue, benchmarks);
        Dataset read = checker.check(JSON.writeValueAsBytes(result.json())).dataset();
        assertThat(read).isEqualTo(checker.check(JSON.writeValueAsBytes(expected)).dataset());
        int row = WorkbookFixture.itemRow(workbook, "EC: ICT: ICT: 1C") + 1;
        assertThat(result.cellByPointer()).containsEntry("/kpis/0/value", "'KPI Data'!H" + row);
    }

    @ParameterizedTest
    @MethodSource("languages")
    void problemsInATemplateOfAnyLanguageNameTheirCells(DocumentLanguage language) throws IOException {
        XSSFWorkbook workbook = open(language);
        WorkbookFixture.profileCell(workbook, "reportingYear", 2025);
        WorkbookFixture.profileCell(workbook, "city.name", "Testville");
        WorkbookFixture.profileCell(workbook, "city.country", "Portugal");
        WorkbookFixture.kpiCell(workbook, "EC: ICT: ICT: 2C", "VALUE", 120);
        WorkbookFixture.kpiCell(workbook, "EC: ICT: ICT: 3C", "VALUE", 5);
        WorkbookFixture.kpiCell(workbook, "EC: ICT: ICT: 3C", "REPORTED", "OUI");
        int r2 = WorkbookFixture.itemRow(workbook, "EC: ICT: ICT: 2C") + 1;
        int r3 = WorkbookFixture.itemRow(workbook, "EC: ICT: ICT: 3C") + 1;
        Path file = dir.resolve(language.tag() + "-wrong.xlsx");
        Files.write(file, WorkbookFixture.bytes(workbook));

        DatasetService service = WorkbookReaderTest.service();
        assertThatThrownBy(() -> new WorkbookIngest(service, catalogue).create(file))
                .isInstanceOfSatisfying(DatasetRejectedException.class, e -> assertThat(
                        e.errors().stream().map(i -> i.key() + " @ " + i.cell()).toList()).contains(
                        "value.percent-range @ 'KPI Data'!H" + r2,
                        "workbook.yes-no @ 'KPI Data'!" + KpiColumn.REPORTED.letter() + r3));
        assertThat(service.count()).isZero();
    }
}
