package org.kpidocs.chart;

/** How the labels of a {@link Ring} are written. */
public enum LabelMode {

    /** No labels. */
    NONE,

    /**
     * Straight text across the segment's middle, perpendicular to the radius, up to two lines and
     * never upside down: for rings of few, wide segments.
     */
    TANGENTIAL,

    /**
     * Text along the radius, starting at the ring's inner edge and reading outwards (inwards on the
     * left half, so it is never upside down): for rings of many thin segments.
     */
    RADIAL
}
