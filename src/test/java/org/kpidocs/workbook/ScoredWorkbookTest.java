package org.kpidocs.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpidocs.assessment.Assessment;
import org.kpidocs.assessment.Assessor;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.dataset.DatasetChecker;
import org.kpidocs.dataset.DatasetService;
import org.kpidocs.dataset.StoredDataset;
import org.kpidocs.document.BandStyle;
import org.kpidocs.document.RenderedDocument;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.i18n.Messages;

/** The scored workbook: the dataset in the template, the scores beside it, and the screening warnings. */
class ScoredWorkbookTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Catalogue catalogue;
    private static BenchmarkSet benchmarks;
    private static Assessor assessor;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        catalogue = Catalogue.load();
        benchmarks = BenchmarkSet.load(catalogue);
        assessor = new Assessor(catalogue, benchmarks);
    }

    private static ScoredWorkbook exporter(DatasetService service) {
        return new ScoredWorkbook(catalogue, benchmarks, service, assessor, new Messages("messages/api"));
    }

    private static XSSFWorkbook open(RenderedDocument doc) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(doc.content()));
    }

    /** Rows of a sheet below its header row (row 4) as lists of cell texts, numbers formatted plainly. */
    private static List<List<String>> rows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() <= 3) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (Cell c : row) {
                cells.add(c.getCellType() == CellType.NUMERIC ? String.valueOf(c.getNumericCellValue())
                        : c.getStringCellValue());
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void everyKpiCategoryAndDimensionCarriesTheAssessmentsPointsAndBandColour() throws IOException {
        DatasetService service = WorkbookReaderTest.service();
        StoredDataset stored = service.create(JSON.readTree(Path.of("samples/lumeria-2025.json").toFile()), List.of());
        Assessment assessment = assessor.assess(stored.id(), stored.version(), stored.dataset());

        RenderedDocument doc = exporter(service).export(stored.id(), DocumentLanguage.EN);

        assertThat(doc.mediaType()).isEqualTo(DataCollectionTemplate.MEDIA_TYPE);
        assertThat(doc.fileName()).isEqualTo("U4SSC-Scored-Workbook-Lumeria-2025-v1.xlsx");
        try (XSSFWorkbook workbook = open(doc)) {
            assertThat(workbook.getSheet(ScoringSheets.KPI_SCORES)).isNotNull();
            // KPI Scores: one row per single-value KPI and per data point, plus a head row per multi-part KPI.
            List<List<String>> kpiRows = rows(workbook.getSheet(ScoringSheets.KPI_SCORES));
            int expectedRows = 0;
            List<String> scored = new ArrayList<>();
            for (var d : assessment.dimensions()) {
                for (var s : d.subDimensions()) {
                    for (var c : s.categories()) {
                        for (var k : c.kpis()) {
                            if (k.dataPoints() == null || k.dataPoints().isEmpty()) {
                                expectedRows++;
                                if (k.result().scored()) {
                                    scored.add(k.code() + " " + k.result().points());
                                }
                            } else {
                                expectedRows += 1 + k.dataPoints().size();
                            }
                        }
                    }
                }
            }
            assertThat(kpiRows).hasSize(expectedRows);
            List<String> found = kpiRows.stream().filter(r -> !r.get(3).isEmpty() && r.get(15).matches("\\d\\.0"))
                    .map(r -> r.get(3) + " " + r.get(15).replace(".0", "")).toList();
            assertThat(found).containsExactlyElementsOf(scored);

            // Category Scores: every category's points, maximum and band colour.
            Sheet categories = workbook.getSheet(ScoringSheets.CATEGORY_SCORES);
            List<Assessment.CategoryResult> expected = assessment.dimensions().stream()
                    .flatMap(d -> d.subDimensions().stream()).flatMap(s -> s.categories().stream()).toList();
            assertThat(rows(categories)).hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                Row row = categories.getRow(4 + i);
                var score = expected.get(i).score();
                assertThat(row.getCell(2).getStringCellValue()).startsWith(expected.get(i).name());
                if (score.scored() > 0) {
                    assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(score.points());
                    assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(score.maxPoints());
                    assertThat(row.getCell(6).getNumericCellValue()).isCloseTo(score.percentage(),
                            org.assertj.core.data.Offset.offset(1e-9));
                }
                XSSFCellStyle band = (XSSFCellStyle) row.getCell(7).getCellStyle();
                assertThat("#" + band.getFillForegroundColorColor().getARGBHex().substring(2))
                        .isEqualTo(BandStyle.hex(BandStyle.colour(score.band())));
            }

            // Dimension Scores: overall first, then each dimension with its sub-dimensions.
            Row overall = workbook.getSheet(ScoringSheets.DIMENSION_SCORES).getRow(4);
            assertThat(overall.getCell(5).getNumericCellValue()).isCloseTo(assessment.overall().percentage(),
                    org.assertj.core.data.Offset.offset(1e-9));
            assertThat(rows(workbook.getSheet(ScoringSheets.DIMENSION_SCORES)).stream().map(r -> r.get(0)))
                    .containsSubsequence("Overall", "Dimension", "Sub-dimension", "Dimension", "Sub-dimension");
        }
    }

    @Test
    void theExportedWorkbookUploadsAgainAsTheSameDatasetAndSameBytesEachTime() throws IOException {
        DatasetService service = WorkbookReaderTest.service();
        ObjectNode json = WorkbookReaderTest.lumeriaAsTemplateHoldsIt();
        StoredDataset stored = service.create(json, List.of());
        ScoredWorkbook exporter = exporter(service);

        RenderedDocument first = exporter.export(stored.id(), DocumentLanguage.EN);
        RenderedDocument second = exporter.export(stored.id(), DocumentLanguage.EN);
        Path file = Files.write(dir.resolve("scored.xlsx"), first.content());
        WorkbookReader.Result read = new WorkbookReader(catalogue).read(file);

        assertThat(second.content()).isEqualTo(first.content());
        assertThat(read.problems()).isEmpty();
        assertThat(read.warnings()).isEmpty();
        DatasetChecker checker = new DatasetChecker(catalogue, benchmarks);
        assertThat(checker.check(JSON.writeValueAsBytes(read.json())).canonicalJson()).isEqualTo(stored.canonicalJson());
    }

    @Test
    void theScreeningSheetListsTheWarningsWithTheirCells() throws IOException {
        XSSFWorkbook filled = HostileWorkbooks.filled(catalogue, benchmarks);
        WorkbookFixture.kpiCell(filled, "EC: ICT: ICT: 2C", "CALCULATED", 12.5);
        int row = WorkbookFixture.itemRow(filled, "EC: ICT: ICT: 2C") + 1;
        DatasetService service = WorkbookReaderTest.service();
        StoredDataset stored = new WorkbookIngest(service, catalogue)
                .create(Files.write(dir.resolve("changed.xlsx"), WorkbookFixture.bytes(filled)));

        try (XSSFWorkbook workbook = open(exporter(service).export(stored.id(), DocumentLanguage.EN))) {
            Sheet screening = workbook.getSheet(ScoringSheets.SCREENING);
            assertThat(screening.getRow(0).getCell(0).getStringCellValue()).contains(
                    String.valueOf(stored.warnings().size()));
            assertThat(rows(screening)).anySatisfy(r -> {
                assertThat(r.get(1)).isEqualTo("'KPI Data'!" + WorkbookFixture.letter("CALCULATED") + row);
                assertThat(r.get(2)).isEqualTo("EC: ICT: ICT: 2C");
                assertThat(r.get(3)).contains("pre-calculated result").contains("12.5");
            });
            assertThat(rows(screening)).hasSize(stored.warnings().size());
        }
    }

    // ---------------------------------------------------------------- languages

    private static DatasetService lumeriaService;
    private static StoredDataset lumeria;

    /** One stored Lumeria (as the template holds it) for the tests of every language. */
    private static synchronized StoredDataset lumeria() throws IOException {
        if (lumeria == null) {
            lumeriaService = WorkbookReaderTest.service();
            lumeria = lumeriaService.create(WorkbookReaderTest.lumeriaAsTemplateHoldsIt(), List.of());
        }
        return lumeria;
    }

    static java.util.stream.Stream<DocumentLanguage> languages() {
        return DocumentLanguage.all().stream();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void theScoredWorkbookOfEachLanguageHasItsWordsNamesAndDirectionAndUploadsAgainAsTheSameDataset(
            DocumentLanguage language) throws IOException {
        StoredDataset stored = lumeria();
        ScoredWorkbook exporter = exporter(lumeriaService);

        RenderedDocument doc = exporter.export(stored.id(), language);

        assertThat(exporter.export(stored.id(), language).content()).as("same bytes").isEqualTo(doc.content());
        assertThat(doc.fileName()).isEqualTo(language.equals(DocumentLanguage.EN)
                ? "U4SSC-Scored-Workbook-Lumeria-2025-v1.xlsx"
                : "U4SSC-Scored-Workbook-Lumeria-2025-v1-" + language.tag() + ".xlsx");
        try (XSSFWorkbook workbook = open(doc)) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                assertThat(workbook.getSheetAt(i).isRightToLeft()).as(workbook.getSheetName(i))
                        .isEqualTo(language.rightToLeft());
            }
            assertThat(workbook.getSheet(ScoringSheets.KPI_SCORES)).isNotNull();
            Sheet kpis = workbook.getSheet(ScoringSheets.KPI_SCORES);
            assertThat(kpis.getRow(3).getCell(4).getStringCellValue())
                    .isEqualTo(WorkbookLanguagesTest.bundle(language, "score.kpis.col.name"));
            String name = new org.kpidocs.catalogue.CatalogueNames(catalogue).in(language.locale()).kpi("EC: ICT: ICT: 1C");
            assertThat(rows(kpis)).anySatisfy(r -> {
                assertThat(r.get(3)).isEqualTo("EC: ICT: ICT: 1C");
                assertThat(r.get(4)).isEqualTo(name);
                assertThat(r.get(5)).isEqualTo(WorkbookLanguagesTest.bundle(language, "score.type.core"));
            });
            if (!language.equals(DocumentLanguage.EN)) {
                assertThat(name).isNotEqualTo("Household Internet Access");
            }
            assertThat(rows(workbook.getSheet(ScoringSheets.DIMENSION_SCORES)).stream().map(r -> r.get(0)))
                    .contains(WorkbookLanguagesTest.bundle(language, "score.level.overall"));
            Sheet dimensions = workbook.getSheet(ScoringSheets.DIMENSION_SCORES);
            String note = dimensions.getRow(dimensions.getLastRowNum()).getCell(0).getStringCellValue();
            assertThat(note).contains(WorkbookLanguagesTest.bundle(language, "score.method.aggregation"));
            assertThat(workbook.getSheet(TemplateLayout.KPI_DATA).getRow(TemplateLayout.HEADER_ROW)
                    .getCell(TemplateLayout.KpiColumn.VALUE.index()).getStringCellValue())
                    .isEqualTo(WorkbookLanguagesTest.bundle(language, "kpi.col.value"));
        }
        WorkbookReader.Result read = new WorkbookReader(catalogue)
                .read(Files.write(dir.resolve(doc.fileName()), doc.content()));
        assertThat(read.problems()).isEmpty();
        assertThat(new DatasetChecker(catalogue, benchmarks).check(JSON.writeValueAsBytes(read.json())).canonicalJson())
                .isEqualTo(stored.canonicalJson());
    }

    @Test
    void theWordedAggregationSaysWhatTheAssessmentMethodDoes() throws IOException {
        StoredDataset stored = lumeria();
        Assessment assessment = assessor.assess(stored.id(), stored.version(), stored.dataset());
        assertThat(WorkbookLanguagesTest.bundle(DocumentLanguage.EN, "score.method.aggregation"))
                .as("change the workbook bundles' score.method.aggregation with the method")
                .isEqualTo(assessment.method().aggregation());
    }

    @Test
    void screeningWarningsAreWordedInTheLanguageOfTheWorkbook() throws IOException {
        XSSFWorkbook filled = HostileWorkbooks.filled(catalogue, benchmarks);
        WorkbookFixture.kpiCell(filled, "EC: ICT: ICT: 2C", "CALCULATED", 12.5);
        DatasetService service = WorkbookReaderTest.service();
        StoredDataset stored = new WorkbookIngest(service, catalogue)
                .create(Files.write(dir.resolve("changed.xlsx"), WorkbookFixture.bytes(filled)));
        var issue = stored.warnings().stream().filter(w -> "EC: ICT: ICT: 2C".equals(w.kpi())).findFirst().orElseThrow();
        String french = new Messages("messages/api").format(java.util.Locale.FRENCH, issue.key(), issue.args());
        String english = new Messages("messages/api").format(java.util.Locale.ENGLISH, issue.key(), issue.args());
        assertThat(french).isNotEqualTo(english);

        try (XSSFWorkbook workbook = open(exporter(service).export(stored.id(), DocumentLanguage.FR))) {
            assertThat(rows(workbook.getSheet(ScoringSheets.SCREENING)))
                    .anySatisfy(r -> assertThat(r.get(3)).isEqualTo(french));
        }
    }
}
