package org.kpidocs.document.factsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kpidocs.assessment.Assessment;
import org.kpidocs.assessment.Assessment.CategoryResult;
import org.kpidocs.dataset.StoredDataset;
import org.kpidocs.document.DocumentLanguage;

/** What the City Snapshot must be, read back from the PDF and HTML themselves. */
class SnapshotTest {

    private static StoredDataset lumeria;
    private static byte[] pdf;
    private static List<String> pages;

    @BeforeAll
    static void render() throws Exception {
        lumeria = Factsheets.dataset(Path.of("samples/lumeria-2025.json"));
        pdf = Factsheets.RENDERER.snapshotPdf(lumeria, DocumentLanguage.EN).content();
        pages = Factsheets.pages(pdf);
    }

    @Test
    void isTwoToFourPagesWithCoverWheelAndHeadlineFigures() throws Exception {
        assertThat(pages).hasSizeBetween(2, 4);
        assertThat(pages.get(0)).contains("City Snapshot", "Lumeria, Portugal", "November 2025");
        String wheelPage = pages.get(1);
        assertThat(wheelPage).contains("City Performance Benchmark", "Less than 33% of Target", "95%+ Target",
                "Lumeria", "Environment", "Local KPIs", "Local: Protected cycle lanes");
        String all = String.join(" ", pages).replaceAll("\\s+", " ");
        assertThat(all).contains("Overall U4SSC score: 79.62 % (66–95% of Target)", "Core KPIs 55 53 50",
                "Advanced KPIs 36 28 24", "All U4SSC KPIs 91 81 74", "3 local KPIs of the city are in the wheel");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("U4SSC City Snapshot, Lumeria, Portugal, November 2025");
        }
    }

    /** Strongest: highest pooled scores; weakest: lowest; held here against the assessment itself. */
    @Test
    void namesTheThreeStrongestAndThreeWeakestCategoriesOfTheAssessment() {
        Assessment a = Factsheets.ASSESSOR.assess(lumeria.id(), 1, lumeria.dataset());
        List<CategoryResult> scored = a.dimensions().stream().flatMap(d -> d.subDimensions().stream())
                .flatMap(s -> s.categories().stream()).filter(c -> c.score().scored() > 0).toList();
        double top = scored.stream().mapToDouble(c -> c.score().percentage()).max().orElseThrow();
        double bottom = scored.stream().mapToDouble(c -> c.score().percentage()).min().orElseThrow();
        List<Rankings.Ranked> strongest = Rankings.strongest(a, 3);
        List<Rankings.Ranked> weakest = Rankings.weakest(a, 3);
        assertThat(strongest).hasSize(3).allSatisfy(r -> assertThat(r.percentage()).isEqualTo(top));
        assertThat(weakest.get(0).percentage()).isEqualTo(bottom);
        assertThat(weakest).extracting(Rankings.Ranked::percentage).isSortedAccordingTo(Comparator.naturalOrder());
        double third = scored.stream().map(c -> c.score().percentage()).sorted().toList().get(2);
        assertThat(weakest.get(2).percentage()).isEqualTo(third);
        assertThat(strongest).extracting(r -> r.category().key())
                .doesNotContainAnyElementsOf(weakest.stream().map(r -> r.category().key()).toList());

        String headline = pages.get(2).replaceAll("\\s+", " ");
        assertThat(headline).contains("Three strongest categories", "Three weakest categories",
                "Economy Drainage 25.00 % Less than 33% of Target", "Economy Buildings 25.00 %");
    }

    @Test
    void printsTheWheelsTextEquivalentWithLocalKpisMarkedAndStaysDeterministic() {
        String all = String.join(" ", pages).replaceAll("\\s+", " ");
        assertThat(all).contains("Category scores (text equivalent of the wheel)", "Economy ICT Infrastructure 18/20 90.00 %",
                "Economy Local KPIs 3/4 75.00 %", "Society and Culture Local KPIs 1/4 25.00 %", lumeria.sha256());
        assertThat(Factsheets.RENDERER.snapshotPdf(lumeria, DocumentLanguage.EN).content()).isEqualTo(pdf);
        byte[] html = Factsheets.RENDERER.snapshotHtml(lumeria, DocumentLanguage.EN).content();
        assertThat(Factsheets.RENDERER.snapshotHtml(lumeria, DocumentLanguage.EN).content()).isEqualTo(html);
        String page = new String(html, StandardCharsets.UTF_8);
        assertThat(page.split("<svg ", -1)).hasSize(2);
        assertThat(page).contains("role=\"img\"", "aria-label=\"Benchmarking wheel of Lumeria, with its local KPIs");
        assertThat(Factsheets.RENDERER.snapshotPdf(lumeria, DocumentLanguage.EN).fileName())
                .isEqualTo("U4SSC-City-Snapshot-Lumeria-2025-11.pdf");
    }

    @Test
    void saysSoWhenNothingWasScored() throws Exception {
        StoredDataset empty = Factsheets.dataset("""
                {"city": {"name": "Emptyville", "country": "Norway"}, "reportingYear": 2025, "kpis": []}""", "empty");
        List<String> text = Factsheets.pages(Factsheets.RENDERER.snapshotPdf(empty, DocumentLanguage.EN).content());
        assertThat(text).hasSizeBetween(2, 4);
        assertThat(String.join(" ", text).replaceAll("\\s+", " ")).contains("Overall U4SSC score: N/A",
                "No category was scored.");
    }
}
