package org.kpidocs.document.factsheet;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kpidocs.document.DocumentLanguage;

class ScratchDumpTest {
    @Test
    void dump() throws Exception {
        var lumeria = Factsheets.dataset(Path.of("samples/lumeria-2025.json"));
        for (DocumentLanguage l : new DocumentLanguage[] {DocumentLanguage.AR, DocumentLanguage.ZH, DocumentLanguage.EN}) {
            Files.write(Path.of("/tmp/chart-fs-" + l.tag() + ".pdf"), Factsheets.RENDERER.factsheetPdf(lumeria, l).content());
            Files.write(Path.of("/tmp/chart-fs-" + l.tag() + ".html"), Factsheets.RENDERER.factsheetHtml(lumeria, l).content());
        }
    }
}
