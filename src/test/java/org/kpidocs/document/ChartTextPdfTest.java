package org.kpidocs.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Normalizer2;
import java.awt.Color;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.junit.jupiter.api.Test;
import org.kpidocs.chart.BarChart;
import org.kpidocs.chart.BarCharts;
import org.kpidocs.chart.FontChain;
import org.kpidocs.chart.LabelMode;
import org.kpidocs.chart.Ring;
import org.kpidocs.chart.Segment;
import org.kpidocs.chart.Style;
import org.kpidocs.chart.Sunburst;
import org.kpidocs.chart.SunburstPainter;
import org.kpidocs.render.Figure;
import org.kpidocs.render.FontSet;
import org.kpidocs.render.PdfMetadata;
import org.kpidocs.render.PdfRenderer;
import org.kpidocs.render.VeraPdf;

/**
 * Charts with Arabic and Chinese labels drawn into a PDF: every glyph shown exists in an embedded
 * font (no .notdef box), the text stays text, and the document stays PDF/A-3a and PDF/UA-1.
 */
class ChartTextPdfTest {

    private static final PdfRenderer RENDERER = new PdfRenderer(FontSet.load());
    private static final Color GREEN = new Color(0x2E7D32);
    private static final Color ORANGE = new Color(0xF49D37);

    static final List<String> ARABIC = List.of("الاقتصاد", "البيئة", "المياه والصرف الصحي", "تلوث الهواء: PM2.5",
            "تغطية النطاق العريض اللاسلكي: 3G", "الإسكان");
    static final List<String> CHINESE = List.of("经济", "环境", "水和卫生设施", "空气污染：PM2.5", "无线宽带覆盖率：3G", "住房");

    private static Sunburst wheel(String centre, List<String> labels, FontChain fonts) {
        return new Sunburst(centre, List.of(
                new Ring(List.of(new Segment(labels.get(0), 3, GREEN), new Segment(labels.get(1), 3, ORANGE)), 1,
                        LabelMode.TANGENTIAL),
                new Ring(labels.subList(2, 6).stream().map(l -> new Segment(l, 1.5, GREEN)).toList(), 2,
                        LabelMode.RADIAL)), new Style(fonts, Color.WHITE, 0.6, new Color(0xF5F5F5)));
    }

    private static BarChart bars(List<String> labels, String note, FontChain fonts) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            bars.add(new BarChart.Bar(labels.get(i), 20.0 + 10 * i, GREEN, note, i == 0));
        }
        return new BarChart(bars, labels.get(1), 100, List.of(new BarChart.Band(0, 33, new Color(0xF4D4D4))), fonts);
    }

    /**
     * A page with both charts. The labels are in the figures' alternative text, so that the render
     * offers the fonts they need, but not in the page's text: whatever text the PDF shows in their
     * script comes from the charts.
     */
    private static byte[] render(DocumentLanguage language, String centre, List<String> labels, String note) {
        FontChain fonts = ChartFonts.of(language);
        Map<String, Figure> figures = new LinkedHashMap<>();
        Sunburst wheel = wheel(centre, labels, fonts);
        BarChart chart = bars(labels, note, fonts);
        figures.put("wheel", (g, area) -> SunburstPainter.paint(wheel, g, area));
        figures.put("bars", (g, area) -> BarCharts.paint(chart, g, area));
        String xhtml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="%1$s" xml:lang="%1$s" dir="%2$s">
                <head><title>Charts</title>
                <style>body { font-family: 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans SC'; }</style></head>
                <body><h1>Charts</h1>
                <object type="application/x-figure" id="wheel" alt="%3$s" style="width:400px;height:400px;display:block"></object>
                <object type="application/x-figure" id="bars" alt="%4$s" style="width:500px;height:260px;display:block"></object>
                </body></html>""".formatted(language.tag(), language.direction(), centre, String.join(", ", labels) + " " + note);
        return RENDERER.render(xhtml, new PdfMetadata("Charts", "kpidocs tests", "Charts", "charts", language.tag(),
                Instant.parse("2025-11-01T00:00:00Z"), "charts-" + language.tag()), figures, List.of());
    }

    /** Every glyph the pages show (figures included), by font. */
    private static final class Glyphs extends PDFTextStripper {
        final Map<String, Integer> shown = new LinkedHashMap<>();
        final List<String> missing = new ArrayList<>();
        final List<String> notEmbedded = new ArrayList<>();

        Glyphs() throws IOException {
        }

        @Override
        protected void showGlyph(Matrix m, PDFont font, int code, Vector displacement) throws IOException {
            shown.merge(font.getName(), 1, Integer::sum);
            boolean notdef = font instanceof PDType0Font t0 ? t0.codeToGID(code) == 0 : !font.isEmbedded();
            if (notdef) {
                missing.add(font.getName() + " code " + code);
            }
            if (!font.isEmbedded()) {
                notEmbedded.add(font.getName());
            }
            super.showGlyph(m, font, code, displacement);
        }
    }

    private static Glyphs glyphs(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Glyphs g = new Glyphs();
            g.getText(doc);
            return g;
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return Normalizer2.getNFKCInstance().normalize(new PDFTextStripper().getText(doc));
        }
    }

    @Test
    void drawsArabicChartLabelsInTheArabicFontWithoutBoxes() throws IOException {
        byte[] pdf = render(DocumentLanguage.AR, "الرياض", ARABIC, "56.25 %");
        Glyphs g = glyphs(pdf);
        assertThat(g.missing).isEmpty();
        assertThat(g.notEmbedded).isEmpty();
        assertThat(g.shown.keySet()).anyMatch(f -> f.contains("NotoSansArabic"));
        // PDFBox reads the visual-order presentation forms back in logical order
        assertThat(text(pdf)).contains("الاقتصاد", "المياه والصرف الصحي", "الإسكان", "PM2.5", "% 56.25");
        assertThat(VeraPdf.pdfA3(pdf)).isEmpty();
        assertThat(VeraPdf.pdfUa1(pdf)).isEmpty();
    }

    @Test
    void drawsAnArabicCityNameInTheCentreOfAnEnglishWheelWithoutBoxes() throws IOException {
        byte[] pdf = render(DocumentLanguage.EN, "الرياض", List.of("Economy", "Environment", "Water and Sanitation",
                "Air Pollution: PM2.5", "Wireless Broadband Coverage: 3G", "Housing"), "56.25%");
        Glyphs g = glyphs(pdf);
        assertThat(g.missing).isEmpty();
        assertThat(g.notEmbedded).isEmpty();
        assertThat(g.shown.keySet()).anyMatch(f -> f.contains("NotoSansArabic"));
        assertThat(VeraPdf.pdfA3(pdf)).isEmpty();
    }

    @Test
    void drawsChineseChartLabelsInTheChineseFontWithoutBoxes() throws IOException {
        byte[] pdf = render(DocumentLanguage.ZH, "北京", CHINESE, "56.25%");
        Glyphs g = glyphs(pdf);
        assertThat(g.missing).isEmpty();
        assertThat(g.notEmbedded).isEmpty();
        assertThat(g.shown.keySet()).anyMatch(f -> f.contains("NotoSansSC"));
        String text = text(pdf).replaceAll("\\s", "");
        for (String label : CHINESE) {
            assertThat(text).contains(Normalizer2.getNFKCInstance().normalize(label));
        }
        assertThat(VeraPdf.pdfA3(pdf)).isEmpty();
        assertThat(VeraPdf.pdfUa1(pdf)).isEmpty();
    }
}
