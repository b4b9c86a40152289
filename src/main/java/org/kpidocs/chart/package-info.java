/**
 * Generic charts drawn with Java2D: a sunburst ("wheel") chart with a centre disc with a label and
 * concentric rings of labelled, coloured segments, innermost first; and horizontal bar and stacked bar
 * charts drawn with JFreeChart ({@link org.kpidocs.chart.BarCharts}).
 *
 * <p>The package knows only labels, weights and colours. It paints into any {@link java.awt.Graphics2D}
 * ({@link org.kpidocs.chart.SunburstPainter}), so the same drawing goes into a PDF page as vectors,
 * into a raster image, or into SVG ({@link org.kpidocs.chart.SvgWriter}) with text kept as text.
 *
 * <p>Sizes are relative to the chart: font sizes, paddings and the outline width are defined for a
 * 500-unit diameter and scale with the diameter actually drawn. Layout and text measurement use a
 * fixed, device-independent font render context, so every target gets the same layout.
 */
package org.kpidocs.chart;
