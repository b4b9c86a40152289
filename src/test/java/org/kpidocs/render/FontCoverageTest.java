package org.kpidocs.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The check of a document's text against the font chain, before layout. */
class FontCoverageTest {

    private static final FontSet FONTS = FontSet.load();
    private static final FontCoverage COVERAGE = FONTS.coverage();

    /** A model shaped like the documents' own: records, lists, maps and strings. */
    record Model(String city, List<Row> kpiResults, Map<String, String> notes, Inner inner) {
    }

    record Row(String code, String label) {
    }

    record Inner(List<List<String>> paragraphs) {
    }

    private static Model model(String city, String label, String note) {
        return new Model(city, List.of(new Row("EC-ICT-ICT-1C", "Household Internet Access"),
                new Row("EC-ICT-ICT-2C", label)), note == null ? Map.of() : Map.of("remark", note),
                new Inner(List.of(List.of("First."), List.of("Second.", "Third."))));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Zürich, São Paulo, Łódź, Ærøskøbing, İstanbul, Ðakovo",
        "Москва, Санкт-Петербург, Ёлкино",
        "Αθήνα",
        "الرياض، دبي ٢٠٢٥ ٪ ٫ ٬",
        "北京市、上海。深圳（广东）",
        "79.62 % (66–95 %) — “quoted” ‘single’ … € ± × ° ≤ ≥ →",
        "1 234,5\u202F% and 1\u00A0000"})
    void coveredTextInEveryScriptOfTheSixLanguagesPasses(String text) {
        assertThat(COVERAGE.find(model(text, text, text))).isEmpty();
    }

    @Test
    void anEmojiIsFoundWithItsFieldPathCharacterAndCodePoint() {
        List<Uncovered> found = COVERAGE.find(model("Smile \uD83D\uDE00 City", "Access", null));

        assertThat(found).singleElement().satisfies(u -> {
            assertThat(u.field()).isEqualTo("city");
            assertThat(u.character()).isEqualTo("\uD83D\uDE00");
            assertThat(u.codePointLabel()).isEqualTo("U+1F600");
            assertThat(u.unicodeName()).isEqualTo("GRINNING FACE");
        });
    }

    @Test
    void aTamilLetterInAListIsFoundByIndex() {
        // Devanagari would pass: Noto Sans has it. Tamil is in none of the three families.
        List<Uncovered> found = COVERAGE.find(model("Chennai", "Water \u0B95", null));

        assertThat(found).extracting(Uncovered::field, Uncovered::codePointLabel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("kpiResults[1].label", "U+0B95"));
        assertThat(COVERAGE.printable(0x0915)).as("DEVANAGARI LETTER KA is in Noto Sans").isTrue();
    }

    @Test
    void aPrivateUseCharacterInAMapIsFoundByKey() {
        List<Uncovered> found = COVERAGE.find(model("Town", "Access", "logo \uE000 here"));

        assertThat(found).extracting(Uncovered::field, Uncovered::codePointLabel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("notes[remark]", "U+E000"));
    }

    @Test
    void eachCharacterIsReportedOncePerField() {
        List<Uncovered> found = COVERAGE.find(model("\uD83D\uDE00\uD83D\uDE00 \uD83C\uDF89", "Access", null));

        assertThat(found).extracting(Uncovered::codePointLabel).containsExactly("U+1F600", "U+1F389");
    }

    @Test
    void nestedListsAndFurtherObjectsAreWalkedUnderTheirNames() {
        Model m = new Model("Town", List.of(), Map.of(), new Inner(List.of(List.of("ok"), List.of("ok", "bad \uE001"))));
        PdfMetadata meta = new PdfMetadata("Report \u00A9\uFE0F", "U4SSC", "s", "k", "en", Instant.EPOCH, "id");

        assertThat(COVERAGE.find(m, meta)).extracting(Uncovered::field, Uncovered::codePointLabel).containsExactly(
                org.assertj.core.groups.Tuple.tuple("inner.paragraphs[1][1]", "U+E001"),
                org.assertj.core.groups.Tuple.tuple("pdfMetadata.title", "U+FE0F"));
    }

    @ParameterizedTest
    @ValueSource(ints = {'\t', '\n', '\r', 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0x00AD, 0x2060, 0xFEFF, 0x202A,
        0x2066, 0x2069, 0xE0041})
    void charactersThatAreNeverDrawnPass(int codePoint) {
        assertThat(COVERAGE.printable(codePoint)).as("U+%04X", codePoint).isTrue();
        assertThat(COVERAGE.find(model("a" + Character.toString(codePoint) + "b", "x", null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0xFE0F, 0xFE0E, 0xE0100, 0x0007, 0x0085, 0x1680, 0xE000, 0x10FFFD, 0x0378, 0x1F600, 0x0B95})
    void charactersOpenhtmltopdfWouldPrintAsHashDropOrChokeOnFail(int codePoint) {
        assertThat(COVERAGE.printable(codePoint)).as("U+%04X", codePoint).isFalse();
    }

    @Test
    void theCheckNamesTheSourceJsonPointerOnceForTextPrintedInManyFields() {
        String json = "{\"city\": {\"name\": \"Smile \uD83D\uDE00 City\", \"country\": \"X\"},"
                + " \"findings\": {\"auditResults\": [\"All good.\", \"Roads \u0B95 and \uD83D\uDE00 parks.\"]}}";
        Model m = new Model("Smile \uD83D\uDE00 City", List.of(new Row("c", "Roads \u0B95 and \uD83D\uDE00 parks.")),
                Map.of(), new Inner(List.of()));
        PdfMetadata meta = new PdfMetadata("Report of Smile \uD83D\uDE00 City", "U4SSC", "s", "k", "en",
                Instant.EPOCH, "id");

        UncoveredTextException e = catchThrowableOfType(UncoveredTextException.class,
                () -> COVERAGE.require(json, m, meta));

        assertThat(e.offenders()).extracting(Uncovered::source, Uncovered::field, Uncovered::codePointLabel)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/city/name", "city", "U+1F600"),
                        org.assertj.core.groups.Tuple.tuple("/findings/auditResults/1", "kpiResults[0].label", "U+0B95"),
                        org.assertj.core.groups.Tuple.tuple("/findings/auditResults/1", "kpiResults[0].label", "U+1F600"));
        assertThat(e.total()).isEqualTo(3);
        assertThat(e.getMessage()).contains("/city/name (city): \"\uD83D\uDE00\" U+1F600 GRINNING FACE",
                "Noto Sans, Noto Sans Arabic, Noto Sans SC");
    }

    @Test
    void aParagraphOfALongerSourceTextIsTracedToIt() {
        String json = "{\"city\": {\"description\": \"One.\\n\\nTwo \uE000 three.\"}}";
        Model m = new Model("T", List.of(), Map.of(), new Inner(List.of(List.of("One."), List.of("Two \uE000 three."))));

        UncoveredTextException e = catchThrowableOfType(UncoveredTextException.class, () -> COVERAGE.require(json, m));

        assertThat(e.offenders()).singleElement().satisfies(u -> {
            assertThat(u.source()).isEqualTo("/city/description");
            assertThat(u.field()).isEqualTo("inner.paragraphs[1][0]");
            assertThat(u.where()).isEqualTo("/city/description");
        });
    }

    @Test
    void withoutASourceTheModelFieldIsWhereToFixIt() {
        UncoveredTextException e = catchThrowableOfType(UncoveredTextException.class,
                () -> COVERAGE.require(null, model("\uD83D\uDE00", "x", null)));

        assertThat(e.offenders()).singleElement().satisfies(u -> {
            assertThat(u.source()).isNull();
            assertThat(u.where()).isEqualTo("city");
        });
    }

    @Test
    void listsTwentyOffendersAndCountsTheRest() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            rows.add(new Row("c" + i, "label " + Character.toString(0xE000 + i)));
        }
        UncoveredTextException e = catchThrowableOfType(UncoveredTextException.class,
                () -> COVERAGE.require(null, new Model("T", rows, Map.of(), null)));

        assertThat(e.offenders()).hasSize(20);
        assertThat(e.total()).isEqualTo(25);
        assertThat(e.unlisted()).isEqualTo(5);
        assertThat(e.getMessage()).contains("kpiResults[19].label", "and 5 more").doesNotContain("kpiResults[20]");
    }

    @Test
    void aCoveredModelPassesTheCheck() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("ar", "مرحبا");
        nested.put("zh", List.of("你好", Set.of("Привет")));
        COVERAGE.require("{}", model("Zürich", "Access", "fine"), nested);
    }

    @Test
    void aLatinDocumentWithASymbolOnlyTheChineseFaceHasGetsThatFace() {
        assertThat(FONTS.needed("<p>Plain text, 1\u00A0000 €</p>")).containsExactly(FontSet.Script.BASE);
        assertThat(FONTS.needed("<p>Values \u2264 5 \u2192 good</p>"))
                .containsExactlyInAnyOrder(FontSet.Script.BASE, FontSet.Script.CHINESE);
        assertThat(FONTS.needed("<p>\u0627\u0644\u0631\u064A\u0627\u0636</p>"))
                .containsExactlyInAnyOrder(FontSet.Script.BASE, FontSet.Script.ARABIC);
        assertThat(FONTS.needed("<p>\n\t</p>")).containsExactly(FontSet.Script.BASE);
    }

    @Test
    void theSymbolIsPrintedInsteadOfTheReplacementHash() throws Exception {
        String xhtml = "<html lang=\"en\"><head><title>t</title><style>html { font-family: 'Noto Sans',"
                + " 'Noto Sans Arabic', 'Noto Sans SC'; }</style></head><body><p>A \u2264 B</p></body></html>";
        byte[] pdf = new PdfRenderer(FONTS).render(xhtml,
                new PdfMetadata("t", "a", "s", "k", "en", Instant.EPOCH, "id"), Map.of(), List.of());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("A \u2264 B").doesNotContain("#");
        }
    }

    @Test
    void theFastCmapReaderAgreesWithPdfBoxOnEveryCommittedFace() throws Exception {
        for (FontSet.Face face : FontSet.FACES) {
            byte[] bytes;
            try (var in = FontSet.class.getResourceAsStream("/fonts/" + face.file())) {
                bytes = in.readAllBytes();
            }
            java.util.BitSet fast = CmapReader.read(bytes);
            assertThat(fast).as(face.file()).isNotNull();
            assertThat(fast).as(face.file()).isEqualTo(FontSet.cmapByPdfBox(face.file(), bytes));
        }
        assertThat(CmapReader.read(new byte[] {1, 2, 3})).as("not a font").isNull();
    }

    @Test
    void theRendererOffersTheCheck() {
        assertThatThrownBy(() -> new PdfRenderer(FONTS).requirePrintable(null, model("\uE000", "x", null)))
                .isInstanceOf(UncoveredTextException.class).hasMessageContaining("city: \"\uE000\" U+E000");
    }
}
