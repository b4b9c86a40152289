package org.kpidocs.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.function.UnaryOperator;

/**
 * Writes the labels of a sunburst: one font size per ring (so a ring reads evenly), fitted to the
 * segments' room, never upside down, wrapped or cut with an ellipsis rather than overflowing.
 *
 * <p>Sizes below are for a {@link Layout#REFERENCE_DIAMETER 500-unit} diameter and scale with it.
 */
final class LabelPainter {

    static final double RADIAL_MIN = 3.5;
    static final double RADIAL_MAX = 9;
    static final double TANGENTIAL_MIN = 3.5;
    static final double TANGENTIAL_MAX = 12;
    static final double CENTRE_MIN = 5;
    static final double CENTRE_MAX = 26;
    /** Gap between a label and the ring edges along the reading direction. */
    private static final double PAD = 2.5;
    /** Gap between a label and the segment's sides. */
    private static final double SIDE_PAD = 0.6;
    /** Baseline-to-baseline distance, in ems. */
    private static final double LEADING = 1.2;
    /**
     * Radial text may be this much taller than the segment is wide: the ink height measured covers
     * both ascenders and descenders, which few labels use at once.
     */
    private static final double THIN = 0.8;
    /** Factor between two font sizes tried when fitting. */
    private static final double STEP = 0.95;
    /** Share of a ring's labels that must fit whole at the ring's font size. */
    private static final double FITTING_SHARE = 0.8;
    /** A label that does not fit whole at the ring's size may shrink to this share of it before being cut. */
    private static final double SHRINK = 0.8;

    private final Graphics2D g;
    private final Layout layout;
    private final Typeface face;
    private final UnaryOperator<String> encoder;
    private final Typeface.Target target;
    private final AffineTransform base;
    private final AffineTransform work = new AffineTransform();
    private final double k;

    /**
     * @param encoder applied to each string just before it is drawn (and after it is measured): lets
     *                a Graphics2D that escapes text imperfectly receive pre-escaped text
     * @param target  whether the Graphics2D gets shaped runs in visual order or whole logical lines
     */
    LabelPainter(Graphics2D g, Layout layout, Typeface face, UnaryOperator<String> encoder, Typeface.Target target) {
        this.g = g;
        this.layout = layout;
        this.face = face;
        this.encoder = encoder;
        this.target = target;
        this.base = g.getTransform();
        this.k = layout.scale();
    }

    // ---- centre ----------------------------------------------------------------------------------

    void paintCentre(String label, Color fill) {
        Lines text = new Lines(face, true, Lines.clean(label));
        if (text.isEmpty()) {
            return;
        }
        double r = layout.centreRadius() - PAD * k;
        if (r <= 0) {
            return;
        }
        List<String> lines = null;
        double size = CENTRE_MAX * k;
        for (; size >= CENTRE_MIN * k && lines == null; size *= STEP) {
            for (int n = 1; n <= 3 && lines == null; n++) {
                if (blockHeight(n, size) <= 2 * r) {
                    lines = text.balanced(n, size, centreRoom(n, size, r));
                }
            }
        }
        if (lines != null) {
            size /= STEP;
        } else {
            size = CENTRE_MIN * k;
            int n = 3;
            while (n > 1 && blockHeight(n, size) > 2 * r) {
                n--;
            }
            lines = text.filled(n, size, centreRoom(n, size, r));
        }
        work.setTransform(base);
        work.translate(layout.centreX(), layout.centreY());
        g.setTransform(work);
        g.setColor(Contrast.textOn(fill));
        drawCentred(lines, text, size, 0);
    }

    /** Room of line i of an n-line block centred in a disc of radius r: the chord at its farthest edge. */
    private IntToDoubleFunction centreRoom(int n, double size, double r) {
        double top = -blockHeight(n, size) / 2;
        return i -> {
            double y0 = top + i * LEADING * size;
            double y1 = y0 + face.lineHeight() * size;
            double y = Math.max(Math.abs(y0), Math.abs(y1));
            return y >= r ? 0 : 2 * Math.sqrt(r * r - y * y);
        };
    }

    // ---- rings -----------------------------------------------------------------------------------

    void paintRing(int ring, Ring spec) {
        if (spec.labels() != LabelMode.NONE) {
            new RingLabels(ring, spec).paint();
        }
    }

    /**
     * Rotation (radians) for a radial label at compass angle {@code mid}: the baseline runs outwards on
     * the right half and inwards on the left half, so the text always reads left to right.
     */
    static double radialRotation(double mid) {
        double a = normalise(mid);
        return Math.toRadians(a < 180 ? a - 90 : a + 90);
    }

    /**
     * Rotation (radians) for a tangential label at compass angle {@code mid}: the baseline follows the
     * tangent, turned by 180° on the lower half so the text is never upside down.
     */
    static double tangentialRotation(double mid) {
        double a = normalise(mid);
        return Math.toRadians(a > 90 && a < 270 ? a + 180 : a);
    }

    private static double normalise(double angle) {
        double a = angle % 360;
        return a < 0 ? a + 360 : a;
    }

    /**
     * The labels of one ring. One font size serves the whole ring: the largest (up to a cap) at which
     * at least {@link #FITTING_SHARE} of the labels fit whole. A label that does not fit whole at that
     * size may shrink a little ({@link #SHRINK}), else it is cut with an ellipsis.
     *
     * <p>RADIAL: the cap is set by the ring's thinner segments (the 25th percentile of width, so a few
     * very thin segments do not shrink everything); a thinner segment gets its own smaller size, and
     * one too thin for the minimum size gets no label. Up to three lines side by side where the
     * segment is wide enough.
     *
     * <p>TANGENTIAL: one or two lines across the segment; a segment too narrow for that gets a radial
     * label at the same size if it fits whole that way.
     */
    private final class RingLabels {

        private final int ring;
        private final Ring spec;
        private final boolean radialMode;
        private final double start;
        private final double length;
        private final double middle;
        private final double minSize;
        private final Lines[] texts;
        /** Per segment: the largest size its width allows for radial text; 0 if none. */
        private final double[] radialLimit;
        /** Per segment: whether the last fit or cut was radial, and at which size. */
        private final boolean[] radial;
        private final double[] fitSize;

        RingLabels(int ring, Ring spec) {
            this.ring = ring;
            this.spec = spec;
            this.radialMode = spec.labels() == LabelMode.RADIAL;
            double ri = layout.innerRadius(ring);
            double ro = layout.outerRadius(ring);
            this.start = ri + PAD * k;
            this.length = ro - ri - 2 * PAD * k;
            this.middle = (ri + ro) / 2;
            this.minSize = (radialMode ? RADIAL_MIN : TANGENTIAL_MIN) * k;
            int n = spec.segments().size();
            this.texts = new Lines[n];
            this.radialLimit = new double[n];
            this.radial = new boolean[n];
            this.fitSize = new double[n];
            for (int j = 0; j < n; j++) {
                double w = radialWidth(j);
                radialLimit[j] = w >= THIN * face.lineHeight() * minSize ? Math.max(minSize, w / face.lineHeight()) : 0;
                radial[j] = radialMode;
                if (radialMode && radialLimit[j] == 0) {
                    continue;                                  // too thin for even the smallest text
                }
                Lines text = new Lines(face, false, Lines.clean(spec.segments().get(j).label()));
                texts[j] = text.isEmpty() ? null : text;
            }
        }

        void paint() {
            if (length <= 0) {
                return;
            }
            double cap = radialMode ? radialCap() : TANGENTIAL_MAX * k;
            if (cap <= 0) {
                return;
            }
            double ringSize = ringSize(cap);
            for (int j = 0; j < texts.length; j++) {
                if (texts[j] == null) {
                    continue;
                }
                double first = radialMode ? Math.min(ringSize, radialLimit[j]) : ringSize;
                List<String> lines = null;
                for (double s = first; s >= Math.max(minSize, first * SHRINK) && lines == null; s *= STEP) {
                    lines = fit(j, s);
                }
                if (lines == null) {
                    lines = cut(j, first);
                }
                if (lines.isEmpty()) {
                    continue;
                }
                double size = fitSize[j];
                g.setColor(Contrast.textOn(spec.segments().get(j).fill()));
                double mid = layout.midAngle(ring, j);
                work.setTransform(base);
                work.translate(layout.centreX(), layout.centreY());
                if (radial[j]) {
                    work.rotate(radialRotation(mid));
                    g.setTransform(work);
                    boolean flip = normalise(mid) >= 180;
                    double baseline = firstBaseline(lines.size(), size, 0);
                    for (String line : lines) {
                        double w = texts[j].width(line, size);
                        double x = flip ? -start - w : start;
                        if (!flip && face.rightToLeft(line)) {
                            // on the right half a right-to-left line starts at the outer edge, as a
                            // left-to-right one starts at the inner edge (on the left half both
                            // directions end or start at the inner edge)
                            x = start + length - w;
                        }
                        face.draw(g, line, x, baseline, size, false, target, encoder);
                        baseline += LEADING * size;
                    }
                } else {
                    work.rotate(tangentialRotation(mid));
                    g.setTransform(work);
                    double a = normalise(mid);
                    drawCentred(lines, texts[j], size, a > 90 && a < 270 ? middle : -middle);
                }
            }
        }

        /** The size cap of a radial ring: what the 25th-percentile segment width allows. */
        private double radialCap() {
            double[] limits = new double[texts.length];
            int count = 0;
            for (int j = 0; j < texts.length; j++) {
                if (texts[j] != null) {
                    limits[count++] = radialLimit[j];
                }
            }
            if (count == 0) {
                return 0;
            }
            Arrays.sort(limits, 0, count);
            return Math.max(minSize, Math.min(RADIAL_MAX * k, limits[(count - 1) / 4]));
        }

        /** The largest size from {@code cap} down to the minimum at which enough labels fit whole. */
        private double ringSize(double cap) {
            int labelled = 0;
            for (Lines t : texts) {
                if (t != null) {
                    labelled++;
                }
            }
            int needed = (int) Math.ceil(FITTING_SHARE * labelled);
            for (double size = cap; size >= minSize; size *= STEP) {
                int fitting = 0;
                for (int j = 0; j < texts.length && fitting < needed; j++) {
                    if (texts[j] != null && fit(j, size) != null) {
                        fitting++;
                    }
                }
                if (fitting >= needed) {
                    return size;
                }
            }
            return minSize;
        }

        /**
         * The label's lines if it fits whole at {@code size} (radial text: at most the segment's own
         * limit), else {@code null}; records orientation and size. A TANGENTIAL ring tries tangential
         * text first, then radial.
         */
        private List<String> fit(int j, double size) {
            if (!radialMode) {
                List<String> lines = tangentialFit(j, size);
                if (lines != null) {
                    radial[j] = false;
                    fitSize[j] = size;
                    return lines;
                }
            }
            double radialSize = Math.min(size, radialLimit[j]);
            List<String> lines = radialSize > 0 ? radialFit(j, radialSize) : null;
            if (lines != null) {
                radial[j] = true;
                fitSize[j] = radialSize;
            }
            return lines;
        }

        /**
         * The label cut with an ellipsis to fit at {@code size}: radial in a RADIAL ring; in a
         * TANGENTIAL ring whichever orientation keeps more of the text.
         */
        private List<String> cut(int j, double size) {
            double radialSize = Math.min(size, radialLimit[j]);
            List<String> across = radialSize > 0
                    ? texts[j].filled(radialLines(j, radialSize), radialSize, i -> length) : List.of();
            radial[j] = true;
            fitSize[j] = radialSize;
            if (!radialMode) {
                int count = blockHeight(2, size) <= length ? 2 : 1;
                List<String> along = texts[j].filled(count, size, tangentialRoom(j, count, size));
                if (kept(along) >= kept(across)) {
                    radial[j] = false;
                    fitSize[j] = size;
                    return along;
                }
            }
            return across;
        }

        private List<String> radialFit(int j, double size) {
            int maxLines = radialLines(j, size);
            if (maxLines == 0) {
                return null;
            }
            List<String> lines = null;
            for (int count = 1; count <= maxLines && lines == null; count++) {
                lines = texts[j].balanced(count, size, i -> length);
            }
            return lines;
        }

        private List<String> tangentialFit(int j, double size) {
            List<String> lines = texts[j].balanced(1, size, tangentialRoom(j, 1, size));
            return lines != null ? lines : texts[j].balanced(2, size, tangentialRoom(j, 2, size));
        }

        /** How many radial lines, side by side, segment j holds at {@code size}: 0–3. */
        private int radialLines(int j, double size) {
            double w = radialWidth(j) / size;
            if (w < THIN * face.lineHeight()) {
                return 0;
            }
            return (int) Math.max(1, Math.min(3, 1 + Math.floor((w - face.lineHeight()) / LEADING)));
        }

        /** Width across segment j at the radial labels' start, less the side padding. */
        private double radialWidth(int j) {
            double half = Math.toRadians(Math.min(layout.extent(ring, j), 180)) / 2;
            return 2 * start * Math.sin(half) - 2 * SIDE_PAD * k;
        }

        /**
         * Room for each line of an n-line tangential block centred at the ring's middle radius: the
         * block's outer corners must stay inside the outer circle, its inner corners inside the
         * segment's sides.
         */
        private IntToDoubleFunction tangentialRoom(int j, int n, double size) {
            double height = blockHeight(n, size);
            if (height > length) {
                return i -> 0;
            }
            double near = middle - height / 2;
            double far = middle + height / 2;
            double outer = layout.outerRadius(ring) - PAD * k;
            double room = 2 * Math.sqrt(Math.max(0, outer * outer - far * far));
            double extent = Math.toRadians(layout.extent(ring, j));
            if (extent < Math.PI) {
                double side = near * Math.tan(extent / 2) - SIDE_PAD * k / Math.cos(extent / 2);
                room = Math.min(room, 2 * side);
            }
            double result = Math.max(0, room);
            return i -> result;
        }
    }

    /** Characters shown by cut lines, not counting ellipses. */
    private static int kept(List<String> lines) {
        int n = 0;
        for (String line : lines) {
            n += line.length() - (line.endsWith(Lines.ELLIPSIS) ? 1 : 0);
        }
        return n;
    }

    // ---- shared ----------------------------------------------------------------------------------

    /** Ink height of n lines. */
    private double blockHeight(int n, double size) {
        return ((n - 1) * LEADING + face.lineHeight()) * size;
    }

    /** Baseline of the first of n lines whose ink block is centred on {@code centreY}. */
    private double firstBaseline(int n, double size, double centreY) {
        return centreY - blockHeight(n, size) / 2 + face.ascent() * size;
    }

    /** Lines centred horizontally on x = 0, the block centred vertically on {@code centreY}. */
    private void drawCentred(List<String> lines, Lines text, double size, double centreY) {
        double baseline = firstBaseline(lines.size(), size, centreY);
        for (String line : lines) {
            face.draw(g, line, -text.width(line, size) / 2, baseline, size, text.bold(), target, encoder);
            baseline += LEADING * size;
        }
    }
}
