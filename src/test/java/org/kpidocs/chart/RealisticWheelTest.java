package org.kpidocs.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A wheel the size of the real one (3 + 27 + 112 segments), written to
 * {@code ${java.io.tmpdir}/kpidocs-chart/} as PNG and SVG for a visual check.
 */
class RealisticWheelTest {

    static final Path OUT = Path.of(System.getProperty("java.io.tmpdir"), "kpidocs-chart");

    @BeforeAll
    static void registerNotoSansLikeTheApplication() throws IOException, FontFormatException {
        for (String file : new String[] {"/fonts/NotoSans_400Regular.ttf", "/fonts/NotoSans_700Bold.ttf"}) {
            try (InputStream in = RealisticWheelTest.class.getResourceAsStream(file)) {
                if (in != null) {
                    GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
                }
            }
        }
        Files.createDirectories(OUT);
    }

    @Test
    void realisticWheelIsWrittenAsPngAndSvg() throws Exception {
        for (LabelMode middle : new LabelMode[] {LabelMode.RADIAL, LabelMode.TANGENTIAL}) {
            Sunburst wheel = WheelFixture.wheel("Santa Cruz de la Sierra", middle);
            assertThat(wheel.rings()).extracting(r -> r.segments().size()).containsExactly(3, 27, 112);

            BufferedImage image = render(wheel, 1600);
            Path png = OUT.resolve("wheel-" + middle.name().toLowerCase() + ".png");
            ImageIO.write(image, "png", png.toFile());
            assertThat(png).isNotEmptyFile();

            String svg = SvgWriter.svg(wheel, 600, 600, "Benchmarking wheel", "A sunburst of 112 items");
            Files.writeString(OUT.resolve("wheel-" + middle.name().toLowerCase() + ".svg"), svg, StandardCharsets.UTF_8);
            assertThat(Xml.texts(svg)).contains("Drainage / Storm Water System ICT Monitoring", "Economy", "Environment");
        }
    }

    static BufferedImage render(Sunburst s, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, size, size);
        SunburstPainter.paint(s, g, new Rectangle2D.Double(0, 0, size, size));
        g.dispose();
        return image;
    }
}
