package org.kpidocs.document.factsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kpidocs.assessment.Assessment;
import org.kpidocs.assessment.Assessment.DataPointResult;
import org.kpidocs.assessment.Assessment.ItemResult;
import org.kpidocs.assessment.Assessment.KpiResult;
import org.kpidocs.assessment.LocalAssessment;
import org.kpidocs.catalogue.Kpi;
import org.kpidocs.chart.BarChart;
import org.kpidocs.dataset.StoredDataset;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.document.Formats;
import org.kpidocs.document.RenderedDocument;
import org.kpidocs.document.Sdgs;
import org.kpidocs.render.VeraPdf;

/** What the Factsheet must be, read back from the PDF and HTML themselves. */
class FactsheetTest {

    private static StoredDataset lumeria;
    private static Assessment assessment;
    private static byte[] pdf;
    private static List<String> pages;
    private static String html;

    @BeforeAll
    static void render() throws Exception {
        lumeria = Factsheets.dataset(Path.of("samples/lumeria-2025.json"));
        assessment = Factsheets.ASSESSOR.assess(lumeria.id(), lumeria.version(), lumeria.dataset());
        pdf = Factsheets.RENDERER.factsheetPdf(lumeria, DocumentLanguage.EN).content();
        pages = Factsheets.pages(pdf);
        html = new String(Factsheets.RENDERER.factsheetHtml(lumeria, DocumentLanguage.EN).content(), StandardCharsets.UTF_8);
    }

    @Test
    void rendersByteIdenticalPdfAndHtmlForTheSameDataset() {
        assertThat(Factsheets.RENDERER.factsheetPdf(lumeria, DocumentLanguage.EN).content()).isEqualTo(pdf);
        assertThat(Factsheets.RENDERER.factsheetHtml(lumeria, DocumentLanguage.EN).content())
                .isEqualTo(html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void declaresTitleLanguageAndEmbedsTheDatasetItWasMadeFrom() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("U4SSC Factsheet, Lumeria, Portugal, November 2025");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
            PDComplexFileSpecification spec = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get("dataset.json");
            assertThat(new String(spec.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8))
                    .isEqualTo(lumeria.canonicalJson());
        }
        assertThat(String.join("\n", pages)).contains(lumeria.sha256());
    }

    @Test
    void hasTheFactsheetSectionsInOrderWithContentsPageNumbersAndBookmarks() throws Exception {
        String contents = pages.stream().filter(p -> p.startsWith("Contents") || p.contains("\nContents\n"))
                .findFirst().orElseThrow();
        int contentsPage = pages.indexOf(contents);
        List<String> entries = contents.lines().filter(l -> l.contains("....")).toList();
        assertThat(entries).extracting(e -> e.replaceAll("\\s*\\.{3,}\\s*\\d+$", "").strip().replaceAll("\\s+", " ")).containsExactly(
                "1 Introduction", "2 Lumeria: Key Findings from across the KPIs", "3 Benchmarks and Scoring Methodology",
                "4 City Profile", "5 City Performance at a Glance", "6 KPI Dimension 1: Economy",
                "7 KPI Dimension 2: Environment", "8 KPI Dimension 3: Society and Culture",
                "9 Goals and Projects for a Smart Sustainable Future", "10 Conclusion");
        for (String entry : entries) {
            String heading = entry.replaceAll("\\s*\\.{3,}\\s*\\d+$", "").strip();
            int page = Integer.parseInt(entry.replaceAll(".*?(\\d+)$", "$1"));
            assertThat(pages.get(page + contentsPage)).as("contents entry '%s'", entry).contains(heading);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertThat(titles).hasSize(10).contains("4 City Profile", "10 Conclusion");
        }
        assertThat(pages.get(1)).contains("factsheet/1");
        assertThat(String.join("\n", pages.subList(0, contentsPage))).contains("Foreword", "Acknowledgements",
                "Disclaimer", "Marta Lopes, Mayor of Lumeria (fictional)", "Ana Ribeiro, verifier");
    }

    @Test
    void printsTheCityProfileBoxAndNarrative() {
        String profile = pages.stream().filter(p -> p.contains("City profile of Lumeria")).findFirst().orElseThrow();
        assertThat(profile.lines()).contains("Inhabitants", "240 000", "Area", "182.50 km²", "Households", "108 000",
                "City GDP", "9 600 000 000 EUR", "Household income", "27 800 EUR", "Inflation rate", "2.30 %", "Region",
                "Centro");
        assertThat(profile).contains("Lumeria is a fictional mid-sized coastal city");
    }

    @Test
    void pairsEveryKeyFindingWithARecommendationAndDerivesFindingsFromTheScores() {
        String all = String.join(" ", pages).replace('\n', ' ');
        assertThat(all).contains("Finding: Lumeria reaches its targets for ICT infrastructure",
                "Finding: The strongest categories of Lumeria are", "Finding: The weakest categories of Lumeria are",
                "reach less than 33 % of their targets", "Lumeria did not report 2: Residential Thermal Energy Consumption");
        int findings = all.split("Finding: ").length - 1;
        int recommendations = all.split("Recommendation: ").length - 1;
        assertThat(findings).isEqualTo(7).isEqualTo(recommendations);
    }

    @Test
    void listsEveryKpiInItsDimensionChapterWithBandBarsAndSdgBadges() {
        String all = flat();
        assertThat(all).contains("Category KPI Result Performance to Benchmark SDG", "ICT INFRASTRUCTURE",
                "No Benchmark Available", "Not reported", "Not verified", "95%+ Target");
        // Household Internet Access is linked to goal 17 in the catalogue.
        assertThat(all).containsPattern("Household Internet Access \\d+\\.\\d{2} % .*17");
        for (String page : pages) {
            if (page.contains("ICT INFRASTRUCTURE") || page.contains("SAFETY")) {
                assertThat(page.replaceAll("\\s+", " ")).contains("Category KPI Result Performance to Benchmark SDG");
            }
        }
        assertThat(all).contains("* Inferred link to the Sustainable Development Goals (see section 3).");
    }

    @Test
    void marksLocalKpisInTheTablesChartsAndWheelAndKeepsThemOutOfTheU4sscScores() {
        String all = flat();
        assertThat(all).contains("LOCAL KPIs", "Protected cycle lanes (local KPI LUM-1) 38.50 km per 100 000",
                "Waiting time for social housing (local KPI LUM-3)", "Local KPIs of Economy (not in U4SSC scores)",
                "Local KPIs (not in U4SSC scores)", "Score of the local KPIs (not part of the U4SSC score): 50.00 %");
        Formats f = new Formats(Locale.ENGLISH);
        assertThat(all).contains("Overall U4SSC score: " + plain(f.percent(assessment.overall().percentage())));
        assertThat(html).contains("Local: Protected cycle lanes", "Local: Bathing sites rated excellent");
    }

    /** The SDG profile, computed here straight from the assessment and the catalogue, is what the chart draws. */
    @Test
    void sdgProfileChartShowsForEachGoalTheReportedLinkedKpisAndTheirAverageScore() {
        List<FactsheetFigures.SdgData> profile = FactsheetFigures.sdgProfile(assessment, Factsheets.CATALOGUE);
        assertThat(profile).hasSize(17);
        for (int goal = 1; goal <= 17; goal++) {
            int linked = 0;
            int reported = 0;
            int points = 0;
            int scored = 0;
            for (KpiResult k : kpis(assessment)) {
                Kpi kpi = Factsheets.CATALOGUE.find(k.code()).orElseThrow();
                if (!Sdgs.goals(kpi).contains(goal)) {
                    continue;
                }
                linked++;
                reported += k.reporting() == Assessment.Reporting.NOT_REPORTED ? 0 : 1;
                List<ItemResult> items = k.dataPoints() == null ? List.of(k.result())
                        : k.dataPoints().stream().map(DataPointResult::result).toList();
                for (ItemResult i : items) {
                    if (i.points() != null) {
                        points += i.points();
                        scored++;
                    }
                }
            }
            FactsheetFigures.SdgData d = profile.get(goal - 1);
            assertThat(d.goal()).isEqualTo(goal);
            assertThat(d.linked()).as("goal %d linked", goal).isEqualTo(linked);
            assertThat(d.reported()).as("goal %d reported", goal).isEqualTo(reported);
            assertThat(d.percentage()).as("goal %d score", goal).isEqualTo(scored == 0 ? null : points * 25.0 / scored);
        }
        BarChart chart = FactsheetFigures.sdgChart(profile, g -> "SDG " + g, d -> "", "", org.kpidocs.document.ChartFonts.of(org.kpidocs.document.DocumentLanguage.EN));
        for (int goal = 1; goal <= 17; goal++) {
            assertThat(chart.bars().get(goal - 1).value()).isEqualTo(profile.get(goal - 1).percentage());
            assertThat(chart.bars().get(goal - 1).colour()).isEqualTo(Sdgs.colour(goal));
        }
        // Goal 11 (sustainable cities) is the most linked one; its figures are in the chart and its table.
        FactsheetFigures.SdgData eleven = profile.get(10);
        Formats f = new Formats(Locale.ENGLISH);
        String note = f.percent(eleven.percentage()) + ", " + eleven.reported() + " reported";
        assertThat(html).as("the chart's note on goal 11").contains(">" + note + "<");
        assertThat(flat()).contains("11 Sustainable Cities and Communities " + eleven.linked() + " " + eleven.reported()
                + " " + eleven.scored() + " " + plain(f.percent(eleven.percentage())));
    }

    @Test
    void dimensionChartDrawsTheAssessmentsDimensionAndSubDimensionScores() {
        String all = flat();
        Formats f = new Formats(Locale.ENGLISH);
        for (Assessment.DimensionResult d : assessment.dimensions()) {
            String row = d.name() + " " + d.score().points() + "/" + d.score().maxPoints() + " "
                    + plain(f.percent(d.score().percentage()));
            assertThat(all).contains(row);
        }
        LocalAssessment local = Factsheets.ASSESSOR.assessLocal(lumeria.dataset());
        assertThat(local.overall().scored()).isEqualTo(3);
    }

    @Test
    void everyChartHasAltTextAndIsVectorInThePdfAndSvgInTheHtml() throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setNamespaceAware(true);
        var doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isEqualTo(4);
        assertThat(html).contains("aria-label=\"Benchmarking wheel of Lumeria",
                "aria-label=\"Bar chart of the scores of Lumeria by dimension",
                "aria-label=\"Stacked bar chart of the share of KPIs Lumeria",
                "aria-label=\"Bar chart of the Sustainable Development Goal profile of Lumeria")
                .doesNotContain("<bookmarks>", "src=\"http", "href=\"http");
        // The only url() references are the charts' own clip paths inside the page.
        assertThat(html.replaceAll("url\\(#[a-z0-9-]+\\)", "")).doesNotContain("url(");
        // Chart labels are text in the PDF (searchable), not images.
        String all = String.join("\n", pages);
        assertThat(all).contains("Score (% of maximum)", "Share of KPIs (%)", "17 Partnerships for the Goals");
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (var page : d.getPages()) {
                assertThat(page.getResources().getXObjectNames()).allSatisfy(n ->
                        assertThat(page.getResources().getXObject(n)).isNotInstanceOf(
                                org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.class));
            }
        }
    }

    @Test
    void printsHostileTextLiterallyAndStaysValid() throws Exception {
        StoredDataset hostile = Factsheets.dataset("""
                {"city": {"name": "<img src=\\"file:///etc/passwd\\"> ${7*7}", "country": "<b>&amp;</b>",
                          "description": "<script>alert(1)</script>"},
                 "reportingYear": 2025,
                 "kpis": [{"code": "EC: ICT: ICT: 1C", "value": 97, "verified": true}],
                 "localKpis": [{"code": "X-1", "name": "<#assign x=1> & co", "unit": "&lt;", "dimension": "EC",
                                "value": 1, "target": 2, "direction": "higher", "verified": true}],
                 "findings": {"keyFindings": [{"finding": "#{7*7}", "recommendation": "<link href=\\"http://127.0.0.1:9/\\"/>"}]},
                 "publication": {"acknowledgements": ["${x}"], "goals": [{"title": "<i>goal</i>"}]}}""", "hostile");
        byte[] hostilePdf = Factsheets.RENDERER.factsheetPdf(hostile, DocumentLanguage.EN).content();
        String text = String.join("\n", Factsheets.pages(hostilePdf));
        assertThat(text).contains("<img src=\"file:///etc/passwd\"> ${7*7}", "<#assign x=1> & co", "#{7*7}",
                "<link href=\"http://127.0.0.1:9/\"/>", "${x}", "<i>goal</i>", "<script>alert(1)</script>");
        assertThat(VeraPdf.pdfA3(hostilePdf)).isEmpty();
        String page = new String(Factsheets.RENDERER.factsheetHtml(hostile, DocumentLanguage.EN).content(),
                StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("<img src=\"file", "<script>", "<i>goal").contains("Local: &lt;#assign x=1&gt; &amp; co");
    }

    @Test
    void leavesOutGoalsAndProjectsWhenTheDatasetHasNone() throws Exception {
        StoredDataset plain = Factsheets.dataset("""
                {"city": {"name": "Verville", "country": "Norway"}, "reportingYear": 2025,
                 "kpis": [{"code": "EC: ICT: ICT: 1C", "value": 97, "verified": true}]}""", "plain");
        String text = String.join("\n", Factsheets.pages(Factsheets.RENDERER.factsheetPdf(plain, DocumentLanguage.EN).content()));
        assertThat(text).doesNotContain("Goals and Projects", "LOCAL KPIs").contains("9  Conclusion",
                "The dataset gives no profile figures.");
    }

    @Test
    void namesTheFilesAfterTheCityAndMonth() {
        RenderedDocument page = Factsheets.RENDERER.factsheetHtml(lumeria, DocumentLanguage.EN);
        assertThat(page.fileName()).isEqualTo("U4SSC-Factsheet-Lumeria-2025-11.html");
        assertThat(page.mediaType()).startsWith("text/html");
        assertThat(Factsheets.RENDERER.factsheetPdf(lumeria, DocumentLanguage.EN).fileName())
                .isEqualTo("U4SSC-Factsheet-Lumeria-2025-11.pdf");
    }

    /** All pages as one line, every run of white space one space. */
    private static String flat() {
        return String.join(" ", pages).replaceAll("\\s+", " ");
    }

    /** A formatted number as text extraction gives it: no-break spaces read as spaces. */
    private static String plain(String formatted) {
        return formatted.replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    private static List<KpiResult> kpis(Assessment a) {
        return a.dimensions().stream().flatMap(d -> d.subDimensions().stream())
                .flatMap(s -> s.categories().stream()).flatMap(c -> c.kpis().stream()).toList();
    }
}
