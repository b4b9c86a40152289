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
}
