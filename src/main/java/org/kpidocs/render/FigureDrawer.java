package org.kpidocs.render;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Paints {@link Figure}s where the XHTML has {@code <object type="application/x-figure" id="…">}:
 * vector graphics through Java2D into the page, never a raster image and never Batik (no SVG parser
 * in the PDF path at all).
 */
final class FigureDrawer implements FSObjectDrawer {

    static final String TYPE = "application/x-figure";

    private final Map<String, Figure> figures;

    FigureDrawer(Map<String, Figure> figures) {
        this.figures = figures;
    }

    @Override
    public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height,
                                         OutputDevice out, RenderingContext ctx, int dotsPerPixel) {
        String id = e.getAttribute("id");
        Figure figure = figures.get(id);
        if (figure == null) {
            throw new RenderException("The document places figure \"" + id + "\" but none was supplied");
        }
        float w = (float) (width / dotsPerPixel);
        float h = (float) (height / dotsPerPixel);
        out.drawWithGraphics((float) x, (float) y, w, h, g -> {
            if (g instanceof PdfBoxGraphics2D pdf) {
                pdf.setFontTextDrawer(new FigureTextDrawer(ctx));      // right-to-left text stays text
            }
            figure.paint(g, new Rectangle2D.Double(0, 0, w, h));
        });
        return null;
    }
}
