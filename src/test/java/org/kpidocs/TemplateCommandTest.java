package org.kpidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kpidocs template [-o FILE]}: the blank Data Collection Template without a server. */
class TemplateCommandTest {

    private final Cli cli = new Cli();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void writesTheTemplateToTheGivenFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/template.xlsx");
        assertThat(run("template", "-o", file.toString())).isEqualTo(0);
        assertThat(cli.out()).contains(file.toString(), "bytes");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(wb.getSheet("KPI Data")).isNotNull();
            assertThat(wb.getSheet("Benchmarks").getLastRowNum()).isEqualTo(1 + 119);
        }
        try (var files = Files.list(file.getParent())) {
            assertThat(files).as("no temporary file left").hasSize(1);
        }
    }

    @Test
    void writesTheDefaultFileNameIntoAnExistingFolder(@TempDir Path dir) {
        assertThat(run("template", "--out", dir.toString())).isEqualTo(0);
        assertThat(dir.resolve("U4SSC-Data-Collection-Template.xlsx")).isNotEmptyFile();
    }

    @Test
    void replacesAnExistingFileWithTheSameBytesAsTheFirstTime(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.xlsx");
        assertThat(run("template", "-o", file.toString())).isEqualTo(0);
        byte[] first = Files.readAllBytes(file);
        assertThat(run("template", "-o", file.toString())).isEqualTo(0);
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
    }

    @Test
    void isListedInTheHelp() {
        assertThat(run("--help")).isEqualTo(0);
        assertThat(cli.out()).contains("template");
    }

    @Test
    void writesTheTemplateInTheLanguageOfLangUnderItsOwnNameIntoAFolder(@TempDir Path dir) throws Exception {
        assertThat(run("template", "--lang", "ru", "--out", dir.toString())).isEqualTo(0);
        Path file = dir.resolve("U4SSC-Data-Collection-Template-ru.xlsx");
        assertThat(cli.out()).contains(file.toString());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(wb.getSheet("KPI Data").getRow(1).getCell(7).getStringCellValue())
                    .isEqualTo("Итоговое значение (имеет приоритет)");
        }
        Path arabic = dir.resolve("ar.xlsx");
        assertThat(run("template", "--lang", "ar", "-o", arabic.toString())).isEqualTo(0);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(arabic))) {
            assertThat(wb.getSheet("City Profile").isRightToLeft()).isTrue();
        }
    }

    @Test
    void refusesAnUnknownLanguageListingTheSupportedOnesAndWritesNothing(@TempDir Path dir) throws Exception {
        assertThat(run("template", "--lang", "xx", "--out", dir.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("unknown language 'xx'", "en, ar, zh, fr, ru, es");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
