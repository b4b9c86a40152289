package org.kpidocs.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

/** Bar and stacked bar charts: the data JFreeChart draws is the spec's, and SVG output is accessible and stable. */
class BarChartsTest {

    static final BarChart BARS = new BarChart(List.of(
            new BarChart.Bar("Economy", 80.0, new Color(0x2E7D32), "80 %", true),
            new BarChart.Bar("ICT", 50.0, new Color(0xF9A825), "50 %", false),
            new BarChart.Bar("Water & \"Sanitation\"", null, Color.GRAY, "N/A", false),
            new BarChart.Bar("ICT", 100.0, new Color(0x2E7D32), "", false)),
            "Score (% of maximum)", 100, List.of(new BarChart.Band(0, 33, new Color(0xF4D4D4))), "Noto Sans");

    static final StackedBarChart STACKED = new StackedBarChart(List.of("Economy", "Environment"), List.of(
            new StackedBarChart.Series("Verified", new Color(0x00529B), List.of(60.0, 40.0)),
            new StackedBarChart.Series("Not reported", new Color(0xBDBDBD), List.of(40.0, 10.0))),
            "% of KPIs", 100, "Noto Sans");

    @Test
    void drawsOneBarPerRowWithTheSpecsValuesEvenWhenLabelsRepeat() {
        CategoryDataset data = ((CategoryPlot) BarCharts.chart(BARS).getPlot()).getDataset();
        assertThat(data.getColumnCount()).isEqualTo(4);
        assertThat(data.getValue(0, 0)).isEqualTo(80.0);
        assertThat(data.getValue(0, 2)).isEqualTo(0.0);
        assertThat(data.getValue(0, 3)).isEqualTo(100.0);
        assertThat(data.getColumnKey(1).toString()).isEqualTo(data.getColumnKey(3).toString()).isEqualTo("ICT");
    }

    @Test
    void mirrorsTheChartForARightToLeftDocumentWithBarsGrowingLeftwards() {
        BarChart ltr = new BarChart(BARS.bars(), BARS.axisLabel(), BARS.max(), BARS.bands(),
                new FontChain(List.of("Noto Sans", "Noto Sans Arabic", "Noto Sans SC"), false));
        BarChart rtl = new BarChart(BARS.bars(), BARS.axisLabel(), BARS.max(), BARS.bands(),
                new FontChain(ltr.fonts().families(), true));
        double[] left = extent(ltr, 0x2E7D32);
        double[] right = extent(rtl, 0x2E7D32);
        // Left to right the bars start after the labels (the first fifth or so) and grow rightwards;
        // right to left they start before the labels at the right and grow leftwards, mirrored.
        assertThat(left[0]).as("left to right: where the bars start").isBetween(0.1, 0.3);
        assertThat(right[1]).as("right to left: where the bars start").isCloseTo(1 - left[0],
                org.assertj.core.data.Offset.offset(0.02));
        assertThat(right[0]).as("right to left: where the longest bar ends").isCloseTo(1 - left[1],
                org.assertj.core.data.Offset.offset(0.02));
    }

    /** The leftmost and rightmost pixel of one bar colour, as shares of the image's width. */
    private static double[] extent(BarChart chart, int rgb) {
        BufferedImage image = new BufferedImage(800, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        BarCharts.paint(chart, g, new Rectangle2D.Double(0, 0, 800, 400));
        g.dispose();
        int min = Integer.MAX_VALUE;
        int max = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    min = Math.min(min, x);
                    max = Math.max(max, x);
                }
            }
        }
        assertThat(max).as("pixels of the bars").isGreaterThan(0);
        return new double[] {min / (double) image.getWidth(), max / (double) image.getWidth()};
    }

    @Test
    void stacksEverySeriesInRowOrder() {
        CategoryDataset data = ((CategoryPlot) BarCharts.chart(STACKED).getPlot()).getDataset();
        assertThat(data.getRowCount()).isEqualTo(2);
        assertThat(data.getValue(1, 1)).isEqualTo(10.0);
        assertThat(data.getRowKey(1).toString()).isEqualTo("Not reported");
    }

    @Test
    void refusesValuesOffTheScaleAndRowsThatDoNotAddUp() {
        assertThatThrownBy(() -> new BarChart(List.of(new BarChart.Bar("x", 101.0, Color.RED, "", false)), "", 100,
                List.of(), "Noto Sans")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StackedBarChart(List.of("a"), List.of(
                new StackedBarChart.Series("s", Color.RED, List.of(70.0)),
                new StackedBarChart.Series("t", Color.RED, List.of(40.0))), "", 100, "Noto Sans"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesAccessibleDeterministicSvgWithLabelsAsEscapedText() throws Exception {
        String svg = SvgWriter.svg(BARS, 640, 300, "Scores", "Economy 80 %");
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
                .contains("<title>Scores</title>", "<desc>Economy 80 %</desc>", ">Economy<",
                        "Water &amp; &quot;Sanitation&quot;", "Noto Sans");
        assertThat(SvgWriter.svg(BARS, 640, 300, "Scores", "Economy 80 %")).isEqualTo(svg);
        Xml.parse(svg);
        String stacked = SvgWriter.svg(STACKED, 640, 200, "Completeness", "d");
        assertThat(stacked).contains(">Verified<", ">Not reported<", ">60<");
        Xml.parse(stacked);
    }

    @Test
    void paintsIntoAnImageAndRestoresTheGraphicsState() throws Exception {
        BufferedImage image = new BufferedImage(640, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        var before = g.getTransform();
        BarCharts.paint(BARS, g, new Rectangle2D.Double(0, 0, 640, 300));
        assertThat(g.getTransform()).isEqualTo(before);
        g.dispose();
        Path out = Path.of("target/chart-actual");
        Files.createDirectories(out);
        javax.imageio.ImageIO.write(image, "png", out.resolve("bars.png").toFile());
        // Somewhere a bar of the spec's green was drawn.
        boolean green = false;
        for (int x = 0; x < 640 && !green; x++) {
            for (int y = 0; y < 300 && !green; y++) {
                green = image.getRGB(x, y) == (0xFF000000 | 0x2E7D32);
            }
        }
        assertThat(green).isTrue();
    }
}
