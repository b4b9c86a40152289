package org.kpidocs.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.assessment.Assessor;
import org.kpidocs.catalogue.ItemRef;
import org.kpidocs.dataset.DatasetService;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.i18n.Messages;
import org.kpidocs.workbook.TemplateLayout.KpiColumn;

/**
 * The template opens in LibreOffice: headless conversions to PDF, CSV and back to .xlsx succeed.
 * Skipped where LibreOffice is not installed (it is large, so CI does not install it; install
 * {@code libreoffice-calc-nogui} to run these).
 */
class TemplateLibreOfficeTest {

    private static Path workbook;

    @TempDir
    static Path dir;

    @BeforeAll
    static void write() throws Exception {
        Catalogue catalogue = Catalogue.load();
        workbook = dir.resolve(DataCollectionTemplate.FILE_NAME);
        Files.write(workbook, DataCollectionTemplate.generate(catalogue, BenchmarkSet.load(catalogue), DocumentLanguage.EN).bytes());
    }

    @Test
    void convertsToPdf() throws Exception {
        Path pdf = convert("pdf", "pdf");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void convertsToCsv() throws Exception {
        // Filter options: comma, double quote, UTF-8 (76).
        Path csv = convert("csv", "csv:Text - txt - csv (StarCalc):44,34,76");
        // The first sheet, the instructions.
        assertThat(Files.readString(csv)).contains("U4SSC Data Collection Template", "kpidocs-template/1");
    }

    /** The Arabic (right to left) and Chinese templates open and print with their own words. */
    @Test
    void theArabicAndChineseTemplatesConvertToPdfWithTheirWords() throws Exception {
        Catalogue catalogue = Catalogue.load();
        BenchmarkSet benchmarks = BenchmarkSet.load(catalogue);
        for (DocumentLanguage language : List.of(DocumentLanguage.AR, DocumentLanguage.ZH)) {
            DataCollectionTemplate template = DataCollectionTemplate.generate(catalogue, benchmarks, language);
            Path file = Files.write(dir.resolve(template.fileName()), template.bytes());

            Path pdf = convert(file, "pdf", "pdf");

            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
                String name = new org.kpidocs.catalogue.CatalogueNames(catalogue).in(language.locale())
                        .kpi("EC: ICT: ICT: 1C");
                // PDFBox gives Arabic in visual order and with presentation forms: compare normalised, reversed.
                String normalised = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
                assertThat(normalised.contains(name) || new StringBuilder(normalised).reverse().toString().contains(name)
                        || normalised.replaceAll("\\s+", "").contains(new StringBuilder(name).reverse().toString()
                        .replaceAll("\\s+", "")))
                        .as(language + ": " + name).isTrue();
                assertThat(text).contains("EC: ICT: ICT: 1C", "kpidocs-template/1");
            }
        }
    }

    /** The scored workbook (filled template plus scoring sheets) opens and prints too. */
    @Test
    void theScoredWorkbookConvertsToPdfWithItsScoringSheets() throws Exception {
        DatasetService service = WorkbookReaderTest.service();
        Catalogue catalogue = Catalogue.load();
        BenchmarkSet benchmarks = BenchmarkSet.load(catalogue);
        var stored = service.create(new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Path.of("samples/lumeria-2025.json").toFile()), List.of());
        var doc = new ScoredWorkbook(catalogue, benchmarks, service, new Assessor(catalogue, benchmarks),
                new Messages("messages/api")).export(stored.id(), DocumentLanguage.EN);
        Path scored = Files.write(dir.resolve(doc.fileName()), doc.content());

        Path pdf = convert(scored, "pdf", "pdf");

        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("KPI scores: Lumeria, 2025", "Category scores: Lumeria, 2025",
                    "Dimension and sub-dimension scores: Lumeria, 2025", "Screening warnings");
        }
    }

    /**
     * A city that fills the template in LibreOffice uploads a file LibreOffice wrote: the markers a
     * reader needs, the protection and the validations must survive that save.
     */
    @Test
    void keepsTheMarkersProtectionAndValidationsWhenLibreOfficeSavesIt() throws Exception {
        Path saved = convert("xlsx", "xlsx:Calc MS Excel 2007 XML");
        Catalogue catalogue = Catalogue.load();
        try (XSSFWorkbook original = new XSSFWorkbook(Files.newInputStream(workbook));
             XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(saved))) {
            for (int i = 0; i < original.getNumberOfSheets(); i++) {
                assertThat(wb.getSheetName(i)).isEqualTo(original.getSheetName(i));
                assertThat(wb.getSheetAt(i).getProtect()).as(wb.getSheetName(i)).isTrue();
            }
            XSSFSheet instructions = wb.getSheet(TemplateLayout.INSTRUCTIONS);
            assertThat(instructions.getRow(TemplateLayout.FORMAT_ROW).getCell(TemplateLayout.VERSION_COLUMN)
                    .getStringCellValue()).isEqualTo(TemplateLayout.FORMAT);
            XSSFSheet kpis = wb.getSheet(TemplateLayout.KPI_DATA);
            List<String> anchors = new ArrayList<>();
            for (Row row : kpis) {
                Cell kind = row.getCell(KpiColumn.ROW_KIND.index());
                if (kind != null && kind.getCellType() == CellType.STRING
                        && kind.getStringCellValue().equals(TemplateLayout.RowKind.ITEM.id())) {
                    anchors.add(row.getCell(KpiColumn.ANCHOR.index()).getStringCellValue());
                }
            }
            assertThat(anchors).containsExactlyElementsOf(catalogue.items().stream().map(ItemRef::toString).toList());
            for (String name : List.of(TemplateLayout.PROFILE, TemplateLayout.KPI_DATA)) {
                assertThat(wb.getSheet(name).getDataValidations()).as(name)
                        .hasSameSizeAs(original.getSheet(name).getDataValidations());
            }
        }
    }

    private static Path convert(String format, String filter) throws Exception {
        return convert(workbook, format, filter);
    }

    private static Path convert(Path input, String format, String filter) throws Exception {
        String office = office().orElse(null);
        Assumptions.assumeTrue(office != null, "LibreOffice (libreoffice or soffice) is not on the PATH");
        Path out = Files.createDirectories(dir.resolve("out-" + format));
        // A profile of its own, so that a running LibreOffice or a parallel test does not get in the way.
        Path profile = dir.resolve("profile-" + format);
        Process p = new ProcessBuilder(office, "--headless", "--norestore", "-env:UserInstallation=" + profile.toUri(),
                "--convert-to", filter, "--outdir", out.toString(), input.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("office-" + format + ".log").toFile()).start();
        boolean finished = p.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        assertThat(finished).as("LibreOffice finished within 120 s").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("office-" + format + ".log"))).isZero();
        String name = input.getFileName().toString();
        Path result = out.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
        assertThat(result).exists();
        assertThat(Files.size(result)).isPositive();
        return result;
    }

    private static Optional<String> office() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : List.of("libreoffice", "soffice")) {
            for (String folder : path.split(File.pathSeparator)) {
                Path candidate = Path.of(folder, name);
                if (!folder.isEmpty() && Files.isExecutable(candidate)) {
                    return Optional.of(candidate.toString());
                }
            }
        }
        return Optional.empty();
    }
}
