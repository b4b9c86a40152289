package org.kpidocs.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.dataset.Dataset;
import org.kpidocs.dataset.DatasetChecker;
import org.kpidocs.dataset.DatasetRejectedException;
import org.kpidocs.dataset.DatasetService;
import org.kpidocs.dataset.Issue;
import org.kpidocs.dataset.StoredDataset;
import org.kpidocs.storage.Database;

class WorkbookReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Catalogue catalogue;
    private static BenchmarkSet benchmarks;
    private static DatasetChecker checker;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        catalogue = Catalogue.load();
        benchmarks = BenchmarkSet.load(catalogue);
        checker = new DatasetChecker(catalogue, benchmarks);
    }

    static ObjectNode lumeria() throws IOException {
        return (ObjectNode) JSON.readTree(Path.of("samples/lumeria-2025.json").toFile());
    }

    /**
     * The Lumeria sample without what the template has no place for: benchmark overrides, findings,
     * local KPIs and publication texts,
     * and the note on a KPI with data points as a whole (the template has a comment per data point).
     */
    static ObjectNode lumeriaAsTemplateHoldsIt() throws IOException {
        ObjectNode json = lumeria();
        json.remove("benchmarkOverrides");
        json.remove("findings");
        json.remove("localKpis");
        json.remove("publication");
        for (JsonNode kpi : json.path("kpis")) {
            if (kpi.has("dataPoints")) {
                ((ObjectNode) kpi).remove("note");
            }
        }
        return json;
    }

    private Path save(XSSFWorkbook workbook) throws IOException {
        Path file = dir.resolve(UUID.randomUUID() + ".xlsx");
        Files.write(file, WorkbookFixture.bytes(workbook));
        return file;
    }

    @Test
    void aTemplateFilledWithLumeriaReadsBackToTheSameDataset() throws IOException {
        ObjectNode expected = lumeriaAsTemplateHoldsIt();
        XSSFWorkbook workbook = WorkbookFixture.blank(catalogue, benchmarks);
        WorkbookFixture.fill(workbook, expected);

        WorkbookReader.Result result = new WorkbookReader(catalogue).read(save(workbook));

        assertThat(result.problems()).isEmpty();
        assertThat(result.warnings()).as("no pre-calculated cell was touched").isEmpty();
        Dataset read = checker.check(JSON.writeValueAsBytes(result.json())).dataset();
        Dataset sample = checker.check(JSON.writeValueAsBytes(expected)).dataset();
        assertThat(read).isEqualTo(sample);
        assertThat(read.kpis()).hasSize(expected.path("kpis").size());
        assertThat(result.cellByPointer()).containsEntry("/city/name", "'City Profile'!B"
                + (WorkbookFixture.profileRow(workbook, "city.name") + 1));
        int row = WorkbookFixture.itemRow(workbook, "EC: ICT: ICT: 1C") + 1;
        assertThat(result.cellByPointer()).containsEntry("/kpis/0/value", "'KPI Data'!H" + row);
        assertThat(result.cellOf("/kpis/0/sources/1")).contains("'KPI Data'!N" + row);
    }

    @Test
    void everyCellProblemIsReportedAtOnceWithItsCell() throws IOException {
        XSSFWorkbook workbook = WorkbookFixture.blank(catalogue, benchmarks);
        WorkbookFixture.profileCell(workbook, "reportingYear", 2025);
        WorkbookFixture.profileCell(workbook, "city.name", "Testville");
        WorkbookFixture.profileCell(workbook, "city.country", "Portugal");
        WorkbookFixture.profileCell(workbook, "verification.completedOn", "last Tuesday");
        WorkbookFixture.kpiCell(workbook, "EC: ICT: ICT: 1C", "NUMERATOR", "about a thousand");
        WorkbookFixture.kpiCell(workbook, "EC: ICT: ICT: 1C", "DENOMINATOR", 1000);
        WorkbookFixture.kpiCell(workbook, "EC: ICT: ICT: 2C", "VALUE", 120);
        WorkbookFixture.kpiCell(workbook, "EC: ICT: ICT: 3C", "VALUE", 5);
        WorkbookFixture.kpiCell(workbook, "EC: ICT: ICT: 3C", "REPORTED", "MAYBE");
        WorkbookFixture.kpiCell(workbook, "EC: ICT: ICT: 3C", "QUALITY", "Pretty good");
        WorkbookFixture.kpiCell(workbook, "EC: ICT: T: 1C", "VERIFIED", "YES");
        WorkbookFixture.anchor(workbook, "EC: ICT: ES: 1C", "XX: YY: ZZ: 9Z");
        int r1 = WorkbookFixture.itemRow(workbook, "EC: ICT: ICT: 1C") + 1;
        int r2 = WorkbookFixture.itemRow(workbook, "EC: ICT: ICT: 2C") + 1;
        int r3 = WorkbookFixture.itemRow(workbook, "EC: ICT: ICT: 3C") + 1;
        int r4 = WorkbookFixture.itemRow(workbook, "EC: ICT: T: 1C") + 1;
        int r5 = WorkbookFixture.itemRow(workbook, "XX: YY: ZZ: 9Z") + 1;
        int date = WorkbookFixture.profileRow(workbook, "verification.completedOn") + 1;
        Path file = save(workbook);

        DatasetService service = service();
        assertThatThrownBy(() -> new WorkbookIngest(service, catalogue).create(file))
                .isInstanceOfSatisfying(DatasetRejectedException.class, e -> {
                    List<String> found = e.errors().stream().map(i -> i.key() + " @ " + i.cell()).toList();
                    assertThat(found).contains(
                            "workbook.number @ 'KPI Data'!" + WorkbookFixture.letter("NUMERATOR") + r1,
                            "value.percent-range @ 'KPI Data'!H" + r2,
                            "workbook.yes-no @ 'KPI Data'!" + WorkbookFixture.letter("REPORTED") + r3,
                            "workbook.quality @ 'KPI Data'!" + WorkbookFixture.letter("QUALITY") + r3,
                            "verified.not-reported @ 'KPI Data'!" + WorkbookFixture.letter("VERIFIED") + r4,
                            "workbook.anchor-unknown @ 'KPI Data'!Q" + r5,
                            "workbook.date @ 'City Profile'!B" + date);
                    assertThat(e.errors()).allSatisfy(i -> assertThat(i.cell()).isNotNull());
                    assertThat(e.errors()).filteredOn(i -> i.key().equals("workbook.yes-no"))
                            .extracting(Issue::pointer).allSatisfy(p -> assertThat(p).endsWith("/reported"));
                });
        assertThat(service.count()).isZero();
    }

    @Test
    void aTypedOverCalculatedResultIsStoredAsAScreeningWarningWithItsCell() throws IOException {
        XSSFWorkbook workbook = WorkbookFixture.blank(catalogue, benchmarks);
        WorkbookFixture.profileCell(workbook, "reportingYear", 2025);
        WorkbookFixture.profileCell(workbook, "city.name", "Testville");
        WorkbookFixture.profileCell(workbook, "city.country", "Portugal");
        WorkbookFixture.kpiCell(workbook, "EC: ICT: ICT: 1C", "NUMERATOR", 914);
        WorkbookFixture.kpiCell(workbook, "EC: ICT: ICT: 1C", "DENOMINATOR", 1000);
        WorkbookFixture.kpiCell(workbook, "EC: ICT: ICT: 1C", "CALCULATED", 99.5);
        int changed = WorkbookFixture.itemRow(workbook, "EC: ICT: ICT: 1C") + 1;
        String calculated = WorkbookFixture.letter("CALCULATED");

        StoredDataset stored = new WorkbookIngest(service(), catalogue).create(save(workbook));

        assertThat(stored.warnings()).filteredOn(i -> i.key().equals("screening.calculated-changed"))
                .singleElement().satisfies(i -> {
                    assertThat(i.cell()).isEqualTo("'KPI Data'!" + calculated + changed);
                    assertThat(i.kpi()).isEqualTo("EC: ICT: ICT: 1C");
                    assertThat(i.args()).containsExactly("EC: ICT: ICT: 1C", "99.5");
                });
        assertThat(stored.dataset().kpis().get(0).measurement().numerator()).as("the value still comes from the inputs")
                .isEqualTo(914.0);
    }

    @Test
    void aWorkbookOfAnotherFormatIsOneClearProblem() throws IOException {
        XSSFWorkbook workbook = WorkbookFixture.blank(catalogue, benchmarks);
        workbook.getSheet(TemplateLayout.INSTRUCTIONS).getRow(0).getCell(0).setCellValue("kpidocs-template/0");

        WorkbookReader.Result result = new WorkbookReader(catalogue).read(save(workbook));

        assertThat(result.problems()).singleElement().satisfies(i -> {
            assertThat(i.key()).isEqualTo("workbook.version");
            assertThat(i.cell()).isEqualTo("Instructions!A1");
            assertThat(i.args()).contains("kpidocs-template/0");
        });
    }

    @Test
    void filesThatAreNoWorkbookAreRefused() throws IOException {
        WorkbookReader reader = new WorkbookReader(catalogue);
        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        Path csv = Files.writeString(dir.resolve("data.xlsx"), "code,value\nEC: ICT: ICT: 1C,91.4\n");
        Path xls = Files.write(dir.resolve("old.xlsx"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0});
        Path zip = Files.write(dir.resolve("zip.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8});

        for (Path p : List.of(empty, csv, xls, zip)) {
            assertThatThrownBy(() -> reader.read(p)).as(p.getFileName().toString())
                    .isInstanceOf(WorkbookUnreadableException.class);
        }
        assertThatThrownBy(() -> reader.read(xls)).hasMessageContaining(".xls");
    }

    @Test
    void aMacroEnabledWorkbookIsRefused() throws IOException {
        Path xlsm = dir.resolve("macros.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(org.apache.poi.xssf.usermodel.XSSFWorkbookType.XLSM)) {
            workbook.createSheet("Instructions");
            Files.write(xlsm, WorkbookFixture.bytes(workbook));
        }

        assertThatThrownBy(() -> new WorkbookReader(catalogue).read(xlsm))
                .isInstanceOf(WorkbookUnreadableException.class).hasMessageContaining("macros");
    }

    /** A service on a fresh in-memory database. */
    static DatasetService service() {
        Catalogue c = Catalogue.load();
        Database database = Database.open("jdbc:h2:mem:workbook-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "", "", 2);
        return new DatasetService(new DatasetChecker(c, BenchmarkSet.load(c)), database.datasets(),
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), () -> UUID.randomUUID().toString());
    }
}
