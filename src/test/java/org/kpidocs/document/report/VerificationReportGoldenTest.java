package org.kpidocs.document.report;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.document.GoldenPages;

/**
 * Golden files of the Verification Report: for each sample dataset the page count, the text of every
 * page and the veraPDF verdicts are compared with {@code src/test/resources/golden/report/<case>.txt}.
 * A mismatch writes the actual text (and, where pdftoppm is installed, PNGs of the pages) under
 * {@code target/golden-actual/} for a person to look at. Updating the goldens is an explicit step:
 * run with {@code -Dgolden.update=true} and review the diff (see the golden README).
 */
class VerificationReportGoldenTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lumeria-2025", "minimal"})
    void matchesTheGoldenTextPageByPageAndIsPdfA3aAndPdfUa1(String sample) throws Exception {
        byte[] pdf = Reports.RENDERER.pdf(Reports.dataset(Path.of("samples", sample + ".json")), DocumentLanguage.EN)
                .content();
        GoldenPages.check("report", sample, pdf);
    }

    /** The same report in the other five UN languages (Arabic right to left), one golden file each. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "es", "ru", "zh", "ar"})
    void eachLanguageMatchesItsGoldenTextPageByPageAndIsPdfA3aAndPdfUa1(String lang) throws Exception {
        DocumentLanguage language = DocumentLanguage.find(lang).orElseThrow();
        byte[] pdf = Reports.RENDERER.pdf(Reports.dataset(Path.of("samples", "lumeria-2025.json")), language)
                .content();
        GoldenPages.check("report", "lumeria-2025." + lang, pdf);
    }
}
