package org.kpidocs.document.certificate;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import java.util.Map;
import org.kpidocs.render.Figure;

/**
 * A QR code (ISO/IEC 18004) of a text, as vector graphics: ZXing computes the module matrix, and each
 * row's runs of dark modules become rectangles of one path, in the PDF through Java2D and in the HTML
 * as SVG. Never a raster image, so it prints sharp at any size. Error correction level M (15 %), and
 * the four-module quiet zone the standard asks for is part of the drawing.
 */
final class QrCode {

    static final int QUIET_ZONE = 4;

    private final ByteMatrix matrix;

    private QrCode(ByteMatrix matrix) {
        this.matrix = matrix;
    }

    static QrCode of(String text) {
        try {
            return new QrCode(Encoder.encode(text, ErrorCorrectionLevel.M,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")).getMatrix());
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode " + text.length() + " characters as a QR code", e);
        }
    }

    /** Modules per side, without the quiet zone. */
    int size() {
        return matrix.getWidth();
    }

    /** Whether the module at column x, row y is dark. */
    boolean dark(int x, int y) {
        return matrix.get(x, y) == 1;
    }

    /** The dark modules as one path, in module units, the quiet zone included. */
    Path2D path() {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, 4 * size() * size());
        eachRun((x, y, length) -> {
            path.moveTo(x, y);
            path.lineTo(x + length, y);
            path.lineTo(x + length, y + 1);
            path.lineTo(x, y + 1);
            path.closePath();
        });
        return path;
    }

    /** Paints the code into the largest square that fits the area, centred, on white. */
    Figure figure() {
        return (g, area) -> {
            double side = Math.min(area.getWidth(), area.getHeight());
            double x0 = area.getX() + (area.getWidth() - side) / 2;
            double y0 = area.getY() + (area.getHeight() - side) / 2;
            double scale = side / (size() + 2.0 * QUIET_ZONE);
            g.setColor(Color.WHITE);
            g.fill(new Rectangle2D.Double(x0, y0, side, side));
            g.setColor(Color.BLACK);
            java.awt.geom.AffineTransform place = java.awt.geom.AffineTransform.getTranslateInstance(x0, y0);
            place.scale(scale, scale);
            g.fill(place.createTransformedShape(path()));
        };
    }

    /** The code as an SVG element with a title for screen readers; {@code alt} is escaped here. */
    String svg(String alt) {
        int n = size() + 2 * QUIET_ZONE;
        StringBuilder d = new StringBuilder(matrix.getWidth() * matrix.getHeight());
        eachRun((x, y, length) -> d.append(String.format(Locale.ROOT, "M%d %dh%dv1h-%dz", x, y, length, length)));
        String text = escape(alt);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" viewBox=\"0 0 " + n + " " + n
                + "\" role=\"img\" aria-label=\"" + text + "\" shape-rendering=\"crispEdges\"><title>" + text
                + "</title><rect width=\"" + n + "\" height=\"" + n + "\" fill=\"#FFFFFF\"/><path fill=\"#000000\" d=\""
                + d + "\"/></svg>";
    }

    private interface RunConsumer {
        void run(int x, int y, int length);
    }

    /** Every horizontal run of dark modules, in coordinates that include the quiet zone. */
    private void eachRun(RunConsumer consumer) {
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < matrix.getWidth()) {
                if (!dark(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < matrix.getWidth() && dark(x, y)) {
                    x++;
                }
                consumer.run(start + QUIET_ZONE, y + QUIET_ZONE, x - start);
            }
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
