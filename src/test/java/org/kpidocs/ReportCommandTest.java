package org.kpidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kpidocs report FILE}: the offline render for verifiers. */
class ReportCommandTest {

    private final Cli cli = new Cli();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void writesThePdfAndTheHtmlOfADatasetFile(@TempDir Path dir) throws Exception {
        assertThat(run("report", "samples/minimal.json", "-o", dir.toString())).isEqualTo(0);
        // Without verification dates the report is dated by the file's own time (offline "acceptance").
        Path pdf = only(dir, ".pdf");
        assertThat(pdf.getFileName().toString()).startsWith("U4SSC-Verification-Report-Minimal-Town-");
        assertThat(cli.out()).contains(pdf.toString());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getDocumentInformation().getTitle()).contains("Minimal Town");
        }
        assertThat(Files.readString(only(dir, ".html"))).contains("<svg");
    }

    private static Path only(Path dir, String extension) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            var found = files.filter(f -> f.toString().endsWith(extension)).toList();
            assertThat(found).hasSize(1);
            return found.get(0);
        }
    }

    @Test
    void writesNothingForAnInvalidDataset(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"city\": {\"name\": \"X\"}, \"reportingYear\": 2025}");
        Path out = dir.resolve("out");
        assertThat(run("report", bad.toString(), "-o", cli.out())).isEqualTo(1);
        assertThat(cli.err()).contains("not a valid dataset", "kpidocs check");
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesAnUnknownLanguageListingTheSix(@TempDir Path dir) {
        assertThat(run("report", "samples/minimal.json", "--lang", "xx", "-o", dir.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("unknown language 'xx'", "en, ar, zh, fr, ru, es");
    }

    @Test
    void writesTheArabicEditionRightToLeftUnderItsOwnFileNames(@TempDir Path dir) throws Exception {
        assertThat(run("report", "samples/minimal.json", "--lang", "ar-u-nu-arab", "-o", dir.toString()))
                .as(cli.err()).isEqualTo(0);
        // The minimal dataset has no verification date: the month in the name comes from the file.
        String html = Files.readString(only(dir, "-ar.html"));
        assertThat(html).contains("dir=\"rtl\"", "lang=\"ar\"", "تقرير التحقق", "٢٠٢٥");
        // Section numbers follow the digits too.
        assertThat(html).contains(">١&#160;&#160;").doesNotContain(">1&#160;&#160;");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(
                only(dir, "-ar.pdf").toFile())) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("ar");
        }
    }
}
