package org.kpidocs.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class SvgWriterTest {

    static final String SVG_NS = "http://www.w3.org/2000/svg";

    static Sunburst chart(String centre, String... outerLabels) {
        List<Segment> outer = new ArrayList<>();
        for (String label : outerLabels) {
            outer.add(new Segment(label, 1, SunburstPainterTest.GREEN));
        }
        double total = outerLabels.length;
        Ring inner = new Ring(List.of(
                new Segment("Economy", total / 2, SunburstPainterTest.RED),
                new Segment("Society", total / 2, new Color(0x9BC53D))), 1, LabelMode.TANGENTIAL);
        return new Sunburst(centre, List.of(inner, new Ring(outer, 2, LabelMode.RADIAL)),
                new Style("Noto Sans", Color.WHITE, 1, SunburstPainterTest.CENTRE));
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                out.add(child);
            }
        }
        return out;
    }

    @Test
    void isWellFormedXmlWithRoleImgAndTitleAndDescFirst() throws Exception {
        String svg = SvgWriter.svg(chart("Geneva", "Water", "Air", "Noise"), 600, 400, "Wheel of Geneva", "Scores by item");

        Document doc = Xml.parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("width")).isEqualTo("600");
        assertThat(root.getAttribute("height")).isEqualTo("400");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 6000 4000");
        List<Element> children = children(root);
        assertThat(children.get(0).getLocalName()).isEqualTo("title");
        assertThat(children.get(0).getTextContent()).isEqualTo("Wheel of Geneva");
        assertThat(children.get(1).getLocalName()).isEqualTo("desc");
        assertThat(children.get(1).getTextContent()).isEqualTo("Scores by item");
        assertThat(svg).doesNotStartWith("<?xml");
    }

    @Test
    void keepsEveryShortLabelAsText() throws Exception {
        String[] labels = {"Water", "Air Quality", "Noise", "Green Areas", "Patents", "Transport"};

        List<String> texts = Xml.texts(SvgWriter.svg(chart("Geneva", labels), 500, 500, "t", "d"));

        assertThat(texts).contains(labels).contains("Geneva", "Economy", "Society");
    }

    @Test
    void escapesMarkupInLabelsTitleAndDescription() throws Exception {
        String nasty = "R&D <b> \"quoted\" 'single'";
        String svg = SvgWriter.svg(chart("A & B", nasty, "&lt;literal&amp;", "x"), 500, 500,
                "Title <with> & \"quotes\"", "Desc 'apos' & <tag/>");

        Document doc = Xml.parse(svg);
        String texts = String.join(" ", Xml.texts(svg));                   // labels may be wrapped
        assertThat(texts).contains(nasty, "&lt;literal&amp;", "A & B");
        assertThat(children(doc.getDocumentElement()).get(0).getTextContent()).isEqualTo("Title <with> & \"quotes\"");
        assertThat(children(doc.getDocumentElement()).get(1).getTextContent()).isEqualTo("Desc 'apos' & <tag/>");
        assertThat(svg).doesNotContain("<b>").doesNotContain("<tag/>");
    }

    @Test
    void dropsCharactersXmlCannotHold() throws Exception {
        String svg = SvgWriter.svg(chart("Bell\u0007 City", "Tab\u0001bed", "Lone \uD800 surrogate"), 500, 500,
                "t\u0000", "d\uFFFF");

        assertThat(String.join(" ", Xml.texts(svg))).contains("Bell City", "Tabbed", "Lone surrogate");
    }

    @Test
    void identicalInputGivesIdenticalOutput() {
        Sunburst wheel = WheelFixture.wheel("Santa Cruz de la Sierra", LabelMode.RADIAL);

        String first = SvgWriter.svg(wheel, 600, 600, "t", "d");
        String second = SvgWriter.svg(WheelFixture.wheel("Santa Cruz de la Sierra", LabelMode.RADIAL), 600, 600, "t", "d");

        assertThat(second).isEqualTo(first);
        assertThat(first).doesNotContainPattern("_\\d{6,}");       // JFreeSVG's time-based default key prefix
    }

    @Test
    void writesFillColoursAsRgb() {
        String svg = SvgWriter.svg(chart("City", "Water", "Air"), 500, 500, "t", "d");

        assertThat(svg).contains("rgb(215,38,61)", "rgb(46,125,50)", "rgb(29,53,87)", "rgb(155,197,61)");
    }

    @Test
    void drawsTextAsTextElementsInTheRequestedFontFamily() throws Exception {
        String svg = SvgWriter.svg(chart("City", "Water", "Air"), 500, 500, "t", "d");

        assertThat(Xml.texts(svg)).hasSize(5);                        // centre, 2 inner, 2 outer
        assertThat(svg).contains("font-family: \"Noto Sans\", sans-serif");
    }

    @Test
    void cssFontFamilyCannotBreakOutOfTheStyleAttribute() {
        assertThat(SvgWriter.cssFontFamily("Evil'; fill: red\"<x>")).isEqualTo("\"Evil fill: redx\", sans-serif");
        assertThat(SvgWriter.cssFontFamily("'\"")).isEqualTo("sans-serif");
    }

    @Test
    void segmentsTooThinForTheSmallestTextGetNoLabel() throws Exception {
        Ring inner = new Ring(List.of(new Segment("All", 1000, Color.GRAY)), 1, LabelMode.NONE);
        Ring outer = new Ring(List.of(new Segment("Wide", 999.9, Color.GRAY), new Segment("Sliver", 0.1, Color.GRAY)),
                2, LabelMode.RADIAL);
        Sunburst s = new Sunburst("", List.of(inner, outer), new Style("Noto Sans", Color.WHITE, 1, Color.WHITE));

        List<String> texts = Xml.texts(SvgWriter.svg(s, 500, 500, "t", "d"));

        assertThat(texts).containsExactly("Wide");
    }

    @Test
    void rejectsASizeThatIsNotPositive() {
        Sunburst s = chart("City", "Water");
        assertThatThrownBy(() -> SvgWriter.svg(s, 0, 100, "t", "d")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SvgWriter.svg(s, 100, Double.NaN, "t", "d")).isInstanceOf(IllegalArgumentException.class);
    }
}
