package org.kpidocs.document.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kpidocs.dataset.Issue;
import org.kpidocs.dataset.StoredDataset;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.document.RenderedDocument;
import org.kpidocs.render.VeraPdf;

/** What the Verification Report must be, read back from the PDF and HTML themselves. */
class VerificationReportTest {

    private static StoredDataset lumeria;
    private static byte[] pdf;
    private static List<String> pages;

    @BeforeAll
    static void render() throws Exception {
        lumeria = Reports.dataset(Path.of("samples/lumeria-2025.json"));
        pdf = Reports.RENDERER.pdf(lumeria, DocumentLanguage.EN).content();
        pages = Reports.pages(pdf);
    }

    @Test
    void rendersByteIdenticalPdfAndHtmlForTheSameDataset() {
        assertThat(Reports.RENDERER.pdf(lumeria, DocumentLanguage.EN).content()).isEqualTo(pdf);
        assertThat(Reports.RENDERER.html(lumeria, DocumentLanguage.EN).content())
                .isEqualTo(Reports.RENDERER.html(lumeria, DocumentLanguage.EN).content());
    }

    @Test
    void embedsTheDatasetItWasRenderedFromAsAnAssociatedFile() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDComplexFileSpecification spec = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get("dataset.json");
            assertThat(new String(spec.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8))
                    .isEqualTo(lumeria.canonicalJson());
            assertThat(spec.getCOSObject().getNameAsString("AFRelationship")).isEqualTo("Source");
            assertThat(doc.getDocumentCatalog().getCOSObject().getDictionaryObject("AF")).isNotNull();
        }
        assertThat(String.join("\n", pages)).contains(lumeria.sha256());
    }

    @Test
    void declaresTitleAndLanguage() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("U4SSC Verification Report, Lumeria, Portugal, November 2025");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        }
    }

    @Test
    void numbersFrontMatterInRomanAndTheBodyFromOneWithTheFooterOnEveryBodyPage() {
        assertThat(pages.get(1).lines()).contains("ii");
        assertThat(pages.get(2).lines()).contains("iii");
        assertThat(pages.get(3).lines()).contains("iv");
        for (int physical = 5; physical <= pages.size(); physical++) {
            int number = physical - 4;
            String page = pages.get(physical - 1);
            assertThat(page).as("page %d", physical)
                    .contains("Verification Report | Lumeria, Portugal | November 2025")
                    .containsPattern("(?m)(^" + number + " Verification Report|November 2025 " + number + "$)");
        }
    }

    @Test
    void putsThePageNumberOnTheOuterEdge() {
        // Odd pages are right-hand pages: number after the footer text; even ones before it.
        assertThat(pages.get(4)).contains("Verification Report | Lumeria, Portugal | November 2025 1");
        assertThat(pages.get(5)).contains("2 Verification Report | Lumeria, Portugal | November 2025");
    }

    @Test
    void listsEverySectionInTheContentsWithItsRealPageNumber() {
        String contents = pages.get(3);
        List<String> entries = contents.lines().filter(l -> l.contains("....")).toList();
        assertThat(entries).hasSize(13);
        for (String entry : entries) {
            String heading = entry.replaceAll("\\s*\\.{3,}\\s*\\d+$", "").strip();
            int page = Integer.parseInt(entry.replaceAll(".*?(\\d+)$", "$1"));
            assertThat(pages.get(page + 3)).as("contents entry '%s'", entry).contains(heading);
        }
    }

    @Test
    void bookmarksEverySection() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertThat(titles).hasSize(13).startsWith("1 Introduction and Verification Background")
                    .contains("6 Verification Results", "10 Audit Results", "13 Using the KPIs for SSC to achieve the SDGs");
        }
    }

    @Test
    void repeatsTheResultsTableHeaderOnEveryPageOfResults() {
        for (String page : pages) {
            if (page.contains("ICT INFRASTRUCTURE") || page.contains("SAFETY") || page.contains("AIR QUALITY")) {
                assertThat(page).contains("Category KPI / Data Point Results Benchmark");
            }
        }
    }

    @Test
    void neverSplitsACategoryOfTheResultsAcrossPages() {
        int first = indexOf("6  Verification Results");
        int last = indexOf("7  KPIs Not Reported");
        var assessment = new org.kpidocs.assessment.Assessor(Reports.CATALOGUE, Reports.BENCHMARKS)
                .assess(lumeria.id(), 1, lumeria.dataset());
        assessment.dimensions().forEach(d -> d.subDimensions().forEach(s -> s.categories().forEach(c -> {
            java.util.Set<Integer> onPages = new java.util.TreeSet<>();
            for (var k : c.kpis()) {
                String label = k.dataPoints() == null ? k.name() : k.name() + " – " + k.dataPoints().get(0).name();
                for (int p = first; p < last; p++) {
                    // A long label wraps inside its cell; the lines of one cell come out one after another.
                    if (pages.get(p).replace('\n', ' ').contains(label)) {
                        onPages.add(p);
                    }
                }
            }
            assertThat(onPages).as("pages of category %s", c.key()).hasSize(1);
        })));
    }

    private static int indexOf(String heading) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).lines().anyMatch(l -> l.strip().equals(heading))) {
                return i;
            }
        }
        throw new AssertionError("No page with " + heading);
    }

    @Test
    void showsResultsWithUnitsTwoDecimalsAndBands() {
        String all = String.join("\n", pages);
        assertThat(all).contains("ICT INFRASTRUCTURE", "Household Internet Access", "Air Pollution – PM2.5");
        assertThat(all).containsPattern("Household Internet Access \\d+\\.\\d{2} %");
        assertThat(all).contains("Less than 33% of Target", "95%+ Target", "Not reported", "Not verified");
        assertThat(all).contains("Partial – following not reported: SO2, O3");
    }

    @Test
    void printsTheVerifiersFindingsAsTheirOwnSections() {
        String all = String.join("\n", pages);
        assertThat(all).contains("10  Audit Results", "11  Policy Recommendations", "12  Improvement Opportunities (Verifier)");
    }

    @Test
    void saysWhenEveryReportedKpiWasVerifiedAndLeavesOutEmptyFindings() throws Exception {
        StoredDataset allVerified = Reports.dataset("""
                {"city": {"name": "Verville", "country": "Norway"}, "reportingYear": 2025,
                 "kpis": [{"code": "EC: ICT: ICT: 1C", "value": 97, "verified": true}]}""", "all-verified");
        String text = String.join("\n", Reports.pages(Reports.RENDERER.pdf(allVerified, DocumentLanguage.EN).content()));
        assertThat(text).contains("All reported KPIs were verified.").doesNotContain("Audit Results")
                .contains("10  Using the KPIs for SSC to achieve the SDGs");
    }

    @Test
    void listsTheScreeningWarningsOfTheDatasetAsTheirOwnSectionBeforeNextSteps() throws Exception {
        StoredDataset plain = Reports.dataset("""
                {"city": {"name": "Verville", "country": "Norway"}, "reportingYear": 2025,
                 "kpis": [{"code": "EC: ICT: ICT: 1C", "numerator": 914, "denominator": 1000, "verified": true}]}""",
                "screened");
        StoredDataset screened = new StoredDataset(plain.id(), plain.version(), plain.createdAt(), plain.updatedAt(),
                plain.sha256(), plain.dataset(), List.of(
                        new Issue("/kpis", "EC: ICT: ICT: 1C", "screening.calculated-changed",
                                List.of("EC: ICT: ICT: 1C", "99.5"), "'KPI Data'!G9"),
                        new Issue("/kpis/0/denominator", "EC: ICT: ICT: 1C", "screening.population-differs",
                                List.of("1,000", "120,000"), null)),
                plain.canonicalJson());

        byte[] screenedPdf = Reports.RENDERER.pdf(screened, DocumentLanguage.EN).content();
        String text = String.join("\n", Reports.pages(screenedPdf));

        assertThat(text).contains("9  Data Screening Notes", "10  Next Steps", "'KPI Data'!G9", "/kpis/0/denominator",
                "The pre-calculated result of EC: ICT: ICT: 1C was changed",
                "differs from the city's population 120,000");
        assertThat(VeraPdf.pdfA3(screenedPdf)).isEmpty();
        assertThat(String.join("\n", pages)).as("no warnings, no section").doesNotContain("Data Screening Notes");
    }

    @Test
    void printsHostileTextLiterallyAndStaysValid() throws Exception {
        StoredDataset hostile = Reports.dataset("""
                {"city": {"name": "<img src=\\"file:///etc/passwd\\"> ${7*7}", "country": "<b>&amp;</b>"},
                 "reportingYear": 2025,
                 "kpis": [{"code": "EC: ICT: ICT: 1C", "value": 97, "verified": true,
                           "note": "<link rel=\\"stylesheet\\" href=\\"http://127.0.0.1:9/x.css\\"/>"}],
                 "findings": {"auditResults": ["<script>alert(1)</script> #{7*7} <#assign x=1>"]}}""", "hostile");
        byte[] hostilePdf = Reports.RENDERER.pdf(hostile, DocumentLanguage.EN).content();
        String text = String.join("\n", Reports.pages(hostilePdf));
        assertThat(text).contains("<img src=\"file:///etc/passwd\"> ${7*7}", "<b>&amp;</b>",
                "<script>alert(1)</script> #{7*7} <#assign x=1>");
        assertThat(text).doesNotContain(" 49");
        assertThat(VeraPdf.pdfA3(hostilePdf)).isEmpty();
        String html = new String(Reports.RENDERER.html(hostile, DocumentLanguage.EN).content(), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<img src=\"file").doesNotContain("<script>")
                .contains("&lt;img src=&quot;file:///etc/passwd&quot;&gt; ${7*7}");
    }

    @Test
    void producesAStandaloneWellFormedHtmlPageWithTheWheelInline() throws Exception {
        RenderedDocument html = Reports.RENDERER.html(lumeria, DocumentLanguage.EN);
        assertThat(html.mediaType()).startsWith("text/html");
        assertThat(html.fileName()).isEqualTo("U4SSC-Verification-Report-Lumeria-2025-11.html");
        String text = new String(html.content(), StandardCharsets.UTF_8);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setNamespaceAware(true);
        var doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(html.content()));
        assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("en");
        assertThat(doc.getDocumentElement().getAttribute("dir")).isEqualTo("ltr");
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isEqualTo(1);
        assertThat(text).contains("role=\"img\"", "Benchmarking wheel of Lumeria")
                .doesNotContain("<bookmarks>", "src=\"http", "href=\"http", "url(");
    }

    @Test
    void namesTheFileAfterTheCityAndMonth() {
        assertThat(Reports.RENDERER.pdf(lumeria, DocumentLanguage.EN).fileName())
                .isEqualTo("U4SSC-Verification-Report-Lumeria-2025-11.pdf");
    }
}
