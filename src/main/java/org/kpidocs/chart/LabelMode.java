package org.kpidocs.chart;

/** How the labels of a {@link Ring} are written. */
public enum LabelMode {

    /** No labels. */
    NONE,

    /**
     * Straight text across the segment's middle, perpendicular to the radius, up to two lines and
     * never upside down: for rings of few, wide segments. A segment too narrow for that gets radial
     * text if the label fits whole that way; otherwise the label is cut with an ellipsis.
     */
    TANGENTIAL,

    /**
     * Text along the radius, starting at the ring's inner edge and reading outwards (inwards on the
     * left half, so it is never upside down): for rings of many thin segments. Wide segments take up
     * to three lines side by side; a label longer than the ring is thick is cut with an ellipsis; a
     * segment too thin for the smallest text gets none.
     */
    RADIAL
}
