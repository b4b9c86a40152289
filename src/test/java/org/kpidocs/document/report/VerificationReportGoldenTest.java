package org.kpidocs.document.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.render.VeraPdf;

/**
 * Golden files of the Verification Report: for each sample dataset the page count, the text of every
 * page and the veraPDF verdicts are compared with {@code src/test/resources/golden/report/<case>.txt}.
 * A mismatch writes the actual text (and, where pdftoppm is installed, PNGs of the pages) under
 * {@code target/golden-actual/} for a person to look at. Updating the goldens is an explicit step:
 * run with {@code -Dgolden.update=true} and review the diff (see the golden README).
 */
class VerificationReportGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/report");
    private static final Path ACTUAL = Path.of(System.getProperty("golden.actual", "target/golden-actual/report"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lumeria-2025", "minimal"})
    void matchesTheGoldenTextPageByPageAndIsPdfA3aAndPdfUa1(String sample) throws Exception {
        byte[] pdf = Reports.RENDERER.pdf(Reports.dataset(Path.of("samples", sample + ".json")), DocumentLanguage.EN)
                .content();
        String actual = describe(pdf);
        Files.createDirectories(ACTUAL);
        Files.write(ACTUAL.resolve(sample + ".pdf"), pdf);
        rasterise(ACTUAL.resolve(sample + ".pdf"), ACTUAL.resolve(sample));
        Path golden = GOLDEN.resolve(sample + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual);
            return;
        }
        Files.writeString(ACTUAL.resolve(sample + ".txt"), actual);
        if (!Files.exists(golden)) {
            fail("No golden file " + golden + "; run with -Dgolden.update=true to create it");
        }
        String expected = Files.readString(golden);
        if (!expected.equals(actual)) {
            fail(firstDifference(expected, actual) + "\nActual written to " + ACTUAL.resolve(sample + ".txt"));
        }
    }

    /** Page count, veraPDF verdicts, then the text of each page. */
    static String describe(byte[] pdf) throws IOException {
        List<String> pages = Reports.pages(pdf);
        StringBuilder sb = new StringBuilder();
        sb.append("pages: ").append(pages.size()).append('\n');
        sb.append("PDF/A-3a: ").append(verdict(VeraPdf.pdfA3(pdf))).append('\n');
        sb.append("PDF/UA-1: ").append(verdict(VeraPdf.pdfUa1(pdf))).append('\n');
        for (int i = 0; i < pages.size(); i++) {
            sb.append("=== page ").append(i + 1).append(" ===\n").append(pages.get(i)).append('\n');
        }
        return sb.toString();
    }

    private static String verdict(List<String> failures) {
        return failures.isEmpty() ? "compliant" : "NOT compliant " + failures;
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        String page = "";
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end>";
            String al = i < a.length ? a[i] : "<end>";
            if (el.startsWith("=== page")) {
                page = el;
            }
            if (!el.equals(al)) {
                return "Differs at line " + (i + 1) + " (" + page + "):\n  expected: " + el + "\n  actual:   " + al;
            }
        }
        return "Differs";
    }

    /** PNGs of every page at 60 dpi when poppler's pdftoppm is installed (Debian poppler-utils). */
    static List<Path> rasterise(Path pdf, Path prefix) throws IOException, InterruptedException {
        List<Path> pngs = new ArrayList<>();
        Process p;
        try {
            p = new ProcessBuilder("pdftoppm", "-r", "60", "-png", pdf.toString(), prefix.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return pngs;
        }
        p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            return pngs;
        }
        try (var files = Files.list(prefix.getParent())) {
            files.filter(f -> f.getFileName().toString().startsWith(prefix.getFileName() + "-")
                    && f.toString().endsWith(".png")).sorted().forEach(pngs::add);
        }
        return pngs;
    }

    static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }
}
