package org.kpidocs.document;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.kpidocs.render.VeraPdf;

/**
 * Golden files of a document, as the Verification Report's golden test keeps them: the page count, the
 * veraPDF verdicts (PDF/A-3a, PDF/UA-1) and the text of every page, compared exactly with
 * {@code src/test/resources/golden/<folder>/<case>.txt}. A mismatch writes the actual text, the PDF and
 * (where pdftoppm is installed) PNGs of every page under {@code target/golden-actual/<folder>/}. The
 * goldens are rewritten only with {@code -Dgolden.update=true}.
 */
public final class GoldenPages {

    private GoldenPages() {
    }

    /** Compares {@code pdf} with its golden file, or rewrites the golden file when asked to. */
    public static void check(String folder, String name, byte[] pdf) throws IOException, InterruptedException {
        Path golden = Path.of("src/test/resources/golden", folder, name + ".txt");
        Path actualDir = Path.of(System.getProperty("golden.actual", "target/golden-actual"), folder);
        String actual = describe(pdf);
        Files.createDirectories(actualDir);
        Files.write(actualDir.resolve(name + ".pdf"), pdf);
        rasterise(actualDir.resolve(name + ".pdf"), actualDir.resolve(name));
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual);
            return;
        }
        Files.writeString(actualDir.resolve(name + ".txt"), actual);
        if (!Files.exists(golden)) {
            fail("No golden file " + golden + "; run with -Dgolden.update=true to create it");
        }
        String expected = Files.readString(golden);
        if (!expected.equals(actual)) {
            fail(firstDifference(expected, actual) + "\nActual written to " + actualDir.resolve(name + ".txt"));
        }
    }

    /** Page count, veraPDF verdicts, then the text of each page. */
    public static String describe(byte[] pdf) throws IOException {
        List<String> pages = pages(pdf);
        StringBuilder sb = new StringBuilder();
        sb.append("pages: ").append(pages.size()).append('\n');
        sb.append("PDF/A-3a: ").append(verdict(VeraPdf.pdfA3(pdf))).append('\n');
        sb.append("PDF/UA-1: ").append(verdict(VeraPdf.pdfUa1(pdf))).append('\n');
        for (int i = 0; i < pages.size(); i++) {
            sb.append("=== page ").append(i + 1).append(" ===\n").append(pages.get(i)).append('\n');
        }
        return sb.toString();
    }

    /** The text of every page in content order, one string per page, lines stripped of trailing blanks. */
    public static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                // No-break spaces (between section number and title, number and unit) read as spaces.
                pages.add(stripper.getText(doc).replace('\u00A0', ' ').replace('\u202F', ' ').lines()
                        .map(String::stripTrailing).filter(l -> !l.isEmpty())
                        .reduce((a, b) -> a + "\n" + b).orElse(""));
            }
            return pages;
        }
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
    private static void rasterise(Path pdf, Path prefix) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("pdftoppm", "-r", "60", "-png", pdf.toString(), prefix.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return;
        }
        p.getInputStream().readAllBytes();
        p.waitFor(60, TimeUnit.SECONDS);
    }
}
