package org.kpidocs.document.factsheet;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.document.GoldenPages;

/**
 * Golden files of the Factsheet and the City Snapshot: for each sample dataset, the page count, the
 * veraPDF verdicts and the text of every page, compared with
 * {@code src/test/resources/golden/factsheet/<case>.txt} and {@code .../snapshot/<case>.txt}. Update
 * them only with {@code -Dgolden.update=true} and review the diff (see the golden README).
 */
class FactsheetGoldenTest {

    @ParameterizedTest(name = "factsheet {0}")
    @ValueSource(strings = {"lumeria-2025", "minimal"})
    void factsheetMatchesTheGoldenTextPageByPageAndIsPdfA3aAndPdfUa1(String sample) throws Exception {
        byte[] pdf = Factsheets.RENDERER.factsheetPdf(Factsheets.dataset(Path.of("samples", sample + ".json")),
                DocumentLanguage.EN).content();
        GoldenPages.check("factsheet", sample, pdf);
    }

    @ParameterizedTest(name = "snapshot {0}")
    @ValueSource(strings = {"lumeria-2025", "minimal"})
    void snapshotMatchesTheGoldenTextPageByPageAndIsPdfA3aAndPdfUa1(String sample) throws Exception {
        byte[] pdf = Factsheets.RENDERER.snapshotPdf(Factsheets.dataset(Path.of("samples", sample + ".json")),
                DocumentLanguage.EN).content();
        GoldenPages.check("snapshot", sample, pdf);
    }
}
