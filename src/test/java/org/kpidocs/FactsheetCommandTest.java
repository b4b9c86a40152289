package org.kpidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code kpidocs factsheet FILE} and {@code kpidocs snapshot FILE}: offline renders for verifiers. */
class FactsheetCommandTest {

    private final Cli cli = new Cli();

    @ParameterizedTest(name = "{0}")
    @CsvSource({"factsheet, U4SSC-Factsheet-Lumeria-2025-11, U4SSC Factsheet, Lumeria",
            "snapshot, U4SSC-City-Snapshot-Lumeria-2025-11, U4SSC City Snapshot, Lumeria"})
    void writesThePdfAndTheHtmlOfADatasetFile(String command, String name, String title, String city,
                                             @TempDir Path dir) throws Exception {
        assertThat(cli.run(command, "samples/lumeria-2025.json", "-o", dir.toString())).isEqualTo(0);
        Path pdf = dir.resolve(name + ".pdf");
        assertThat(cli.out()).contains(pdf.toString(), name + ".html");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getDocumentInformation().getTitle()).startsWith(title).contains(city);
        }
        assertThat(Files.readString(dir.resolve(name + ".html"))).contains("<svg");
    }

    @Test
    void writesNothingForAnInvalidDatasetAndRefusesAnUnknownLanguage(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"city\": {\"name\": \"X\"}, \"reportingYear\": 2025}");
        Path out = dir.resolve("out");
        assertThat(cli.run("factsheet", bad.toString(), "-o", out.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("not a valid dataset", "kpidocs check");
        assertThat(out).doesNotExist();
        assertThat(cli.run("snapshot", "samples/minimal.json", "--lang", "xx", "-o", out.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("unknown language 'xx'");
        assertThat(out).doesNotExist();
    }
}
