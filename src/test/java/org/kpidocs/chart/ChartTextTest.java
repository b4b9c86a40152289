package org.kpidocs.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Normalizer2;
import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kpidocs.render.FontSet;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartTextTest {

    static final FontChain LATIN_FIRST = new FontChain(List.of("Noto Sans", "Noto Sans Arabic", "Noto Sans SC"), false);
    static final FontChain ARABIC_DOCUMENT = new FontChain(LATIN_FIRST.families(), true);
    static final FontChain CHINESE_FIRST = new FontChain(List.of("Noto Sans SC", "Noto Sans", "Noto Sans Arabic"), false);

    @BeforeAll
    static void registerTheDocumentFonts() {
        FontSet.load().registerWithJava2d();
    }

    private static String reversed(String s) {
        return new StringBuilder(s).reverse().toString();
    }

    private static String nfkc(String s) {
        return Normalizer2.getNFKCInstance().normalize(s);
    }

    @Test
    void leavesLatinTextUnchangedInOneRunOfTheFirstFamily() {
        String text = "Drainage / Storm Water System (ICT) Monitoring: 56.25 %";
        assertThat(ChartText.visual(text, false)).isSameAs(text);
        Typeface face = new Typeface(LATIN_FIRST);
        assertThat(face.runs(face.visual(text))).containsExactly(new Typeface.Run(text, 0));
        assertThat(face.width(text, false)).isEqualTo(new Typeface("Noto Sans").width(text, false));
    }

    @Test
    void shapesArabicToPresentationFormsInVisualOrder() {
        String city = "مدينة الرياض";
        String visual = ChartText.visual(city, false);
        assertThat(visual.codePoints()).allMatch(c -> c == ' ' || (c >= 0xFE70 && c <= 0xFEFF));
        assertThat(nfkc(reversed(visual))).isEqualTo(city);
        // right to left: teh marbuta final, noon medial, yeh initial (dal does not join forward), dal final, meem initial
        assertThat(ChartText.visual("مدينة", false)).isEqualTo("\uFE94\uFEE8\uFEF3\uFEAA\uFEE3");
    }

    @Test
    void joinsLamAndAlefIntoOneLigature() {
        assertThat(ChartText.visual("لا", false)).isEqualTo("\uFEFB");
        assertThat(nfkc(reversed(ChartText.visual("الاقتصاد", false)))).isEqualTo("الاقتصاد");
    }

    @Test
    void keepsLatinWordsAndNumbersInReadingOrderInsideArabic() {
        String visual = ChartText.visual("تركيز PM2.5 بنسبة 56.25 %", true);
        // a right-to-left paragraph: the first word is rightmost, the percent sign leftmost
        assertThat(visual).startsWith("% 56.25 ").contains(" PM2.5 ");
        assertThat(visual.indexOf("56.25")).isLessThan(visual.indexOf("PM2.5"));
        assertThat(nfkc(reversed(visual.substring(visual.indexOf("PM2.5") + 6)))).isEqualTo("تركيز");
        assertThat(nfkc(reversed(visual.substring(8, visual.indexOf(" PM2.5"))))).isEqualTo("بنسبة");
        assertThat(ChartText.visual("3G تغطية", true)).endsWith(" 3G");
    }

    @Test
    void givesALabelTheDirectionOfItsFirstStrongCharacterInALeftToRightDocument() {
        assertThat(ChartText.rightToLeft("PM2.5 تركيز", false)).isFalse();
        assertThat(ChartText.visual("PM2.5 تركيز", false)).startsWith("PM2.5 ");
        assertThat(ChartText.rightToLeft("2025 تركيز", false)).isTrue();
        assertThat(ChartText.rightToLeft("Water", true)).isTrue();
        assertThat(ChartText.rightToLeft("56.25 %", false)).isFalse();
    }

    @Test
    void dropsBidiControlsAndJoinersFromTheDrawnText() {
        assertThat(ChartText.visual("\u202BAB\u202C\u200D", false)).isEqualTo("AB");
    }

    @Test
    void splitsTextIntoRunsByTheFirstFamilyThatHasEachCharacter() {
        Typeface latinFirst = new Typeface(LATIN_FIRST);
        String visual = latinFirst.visual("محلي: Bathing sites");
        List<Typeface.Run> runs = latinFirst.runs(visual);
        assertThat(runs).extracting(Typeface.Run::family).containsExactly(0, 1);
        // a right-to-left paragraph: the colon after the Arabic word sits left of it, in the Latin run
        assertThat(runs.get(0).text()).isEqualTo("Bathing sites :");
        assertThat(nfkc(reversed(runs.get(1).text()))).isEqualTo("محلي");

        assertThat(latinFirst.runs("中文 ABC")).containsExactly(new Typeface.Run("中文 ", 2), new Typeface.Run("ABC", 0));
        Typeface chineseFirst = new Typeface(CHINESE_FIRST);
        assertThat(chineseFirst.runs("信息通信技术 ICT 基础设施")).containsExactly(new Typeface.Run("信息通信技术 ICT 基础设施", 0));
    }

    @Test
    void measuresEachRunInItsOwnFont() {
        Typeface chain = new Typeface(LATIN_FIRST);
        Typeface arabic = new Typeface("Noto Sans Arabic");
        Typeface latin = new Typeface("Noto Sans");
        String word = "الرياض";
        assertThat(chain.width(word, false)).isEqualTo(arabic.width(word, false)).isNotEqualTo(latin.width(word, false));
        assertThat(chain.width("Riyadh الرياض", true))
                .isCloseTo(latin.width("Riyadh ", true) + arabic.width(word, true), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(chain.single("الرياض 2025")).isEqualTo(1);
        assertThat(chain.single("北京 2025")).isEqualTo(2);
        assertThat(chain.single("Beijing")).isZero();
    }

    @Test
    void wrapsChineseBetweenIdeographsButNeverBeforeAClosingMark() {
        Typeface face = new Typeface(CHINESE_FIRST);
        Lines text = new Lines(face, false, "信息通信技术基础设施");
        double whole = text.width();
        List<String> two = text.balanced(2, 1, i -> whole * 0.6);
        assertThat(two).hasSize(2);
        assertThat(String.join("", two)).isEqualTo("信息通信技术基础设施");
        Lines marked = new Lines(face, false, "水、卫生");
        List<String> lines = marked.balanced(2, 1, i -> marked.width() * 0.7);
        assertThat(lines).isNotNull().noneMatch(l -> l.startsWith("、"));
        // Latin words still break at spaces only
        Lines latin = new Lines(face, false, "e-Government Services");
        assertThat(latin.balanced(2, 1, i -> latin.width() * 0.7)).containsExactly("e-Government", "Services");
    }

    @Test
    void marksRightToLeftSvgTextWithItsDirection() {
        String svg = "<g><text x=\"1\" y=\"2\" style=\"a\">الرياض</text><text x=\"3\">Riyadh</text><text>PM2.5 تركيز</text></g>";
        String marked = SvgWriter.directed(svg, false);
        assertThat(marked).contains("<text direction=\"rtl\" unicode-bidi=\"embed\" text-anchor=\"end\" x=\"1\" y=\"2\" style=\"a\">الرياض</text>")
                .contains("<text x=\"3\">Riyadh</text>").contains("<text>PM2.5 تركيز</text>");
        assertThat(SvgWriter.directed(svg, true)).doesNotContain("<text x=").doesNotContain("<text>");
        assertThat(SvgWriter.cssFontFamily(LATIN_FIRST.families()))
                .isEqualTo("\"Noto Sans\", \"Noto Sans Arabic\", \"Noto Sans SC\", sans-serif");
    }

    private static Element textElement(String svg, String content) throws Exception {
        NodeList nodes = Xml.parse(svg).getElementsByTagNameNS(SvgWriterTest.SVG_NS, "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getTextContent().equals(content)) {
                return (Element) nodes.item(i);
            }
        }
        throw new AssertionError("no <text> " + content + " in " + svg);
    }

    @Test
    void startsARightToLeftRadialLabelOnTheRightHalfAtTheOuterEdge() throws Exception {
        // two outer segments: the first on the right half (3 o'clock), the second on the left half
        Sunburst latin = new Sunburst("", SvgWriterTest.chart("", "Riyadh", "Cairo").rings(),
                new Style(LATIN_FIRST, Color.WHITE, 1, Color.WHITE));
        Sunburst arabic = new Sunburst("", SvgWriterTest.chart("", "الرياض", "القاهرة").rings(),
                new Style(LATIN_FIRST, Color.WHITE, 1, Color.WHITE));
        String ltr = SvgWriter.svg(latin, 400, 400, "t", "d");
        String rtl = SvgWriter.svg(arabic, 400, 400, "t", "d");
        Element riyadh = textElement(ltr, "Riyadh");
        Element arabicRiyadh = textElement(rtl, "الرياض");
        assertThat(riyadh.hasAttribute("direction")).isFalse();
        assertThat(arabicRiyadh.getAttribute("direction")).isEqualTo("rtl");
        assertThat(arabicRiyadh.getAttribute("text-anchor")).isEqualTo("end");
        // same rotation, but the Arabic label's left end sits further out (its right end at the outer edge)
        assertThat(Double.parseDouble(arabicRiyadh.getAttribute("x")))
                .isGreaterThan(Double.parseDouble(riyadh.getAttribute("x")) + 100);
    }
}
