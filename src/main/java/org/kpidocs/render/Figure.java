package org.kpidocs.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * A vector drawing placed in a document with {@code <object type="application/x-figure" id="…">}.
 * In the PDF it is painted through Java2D straight into the page (text stays text, in the embedded
 * fonts); the HTML embeds the drawing's SVG instead.
 */
@FunctionalInterface
public interface Figure {
    void paint(Graphics2D g, Rectangle2D area);
}
