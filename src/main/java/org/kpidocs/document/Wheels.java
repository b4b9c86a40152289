package org.kpidocs.document;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.kpidocs.assessment.Assessment;
import org.kpidocs.assessment.Assessment.CategoryResult;
import org.kpidocs.assessment.Assessment.DimensionResult;
import org.kpidocs.assessment.Assessment.ItemResult;
import org.kpidocs.assessment.Assessment.KpiResult;
import org.kpidocs.assessment.Assessment.SubDimensionResult;
import org.kpidocs.assessment.LocalAssessment;
import org.kpidocs.chart.FontChain;
import org.kpidocs.chart.LabelMode;
import org.kpidocs.chart.Ring;
import org.kpidocs.chart.Segment;
import org.kpidocs.chart.Style;
import org.kpidocs.chart.Sunburst;

/**
 * The U4SSC Benchmarking Wheel (Verification Manual 2022 §10.5) from an assessment: the city in the
 * centre, then the three dimensions, the categories and, outside, every KPI and data point, each
 * filled with the colour of its band (grey when not scored).
 *
 * <p>Categories that share a name across sub-dimensions (Water and Sanitation under ICT and
 * Infrastructure) keep separate segments, in catalogue order; no source says whether the official
 * wheel merges them (domain reference §2.1).
 */
public final class Wheels {

    private static final Color OUTLINE = Color.WHITE;
    private static final double OUTLINE_WIDTH = 0.6;
    private static final Color CENTRE = new Color(0xF5F5F5);

    private Wheels() {
    }

    /** The wheel of an English document. */
    public static Sunburst of(Assessment a) {
        return of(a, DocumentLanguage.EN);
    }

    /** The wheel of a document in {@code language}: its text in that language's {@link ChartFonts font chain}. */
    public static Sunburst of(Assessment a, DocumentLanguage language) {
        return of(a, null, null, null, ChartFonts.of(language));
    }

    /** As {@link #of(Assessment, LocalAssessment, String, java.util.function.UnaryOperator, FontChain)}, in English's fonts. */
    public static Sunburst of(Assessment a, LocalAssessment local, String localCategory,
                              java.util.function.UnaryOperator<String> localItem) {
        return of(a, local, localCategory, localItem, ChartFonts.of(DocumentLanguage.EN));
    }

    /**
     * The wheel with the city's local KPIs: after the U4SSC categories of each dimension, one more
     * category segment for its local KPIs (coloured by their own pooled score), and each local KPI in
     * the outer ring. A dimension's own segment keeps the colour of its U4SSC score: local KPIs widen
     * it but never change its band.
     *
     * @param local         the scored local KPIs; null or empty for the U4SSC wheel alone
     * @param localCategory the label of the local category segment, e.g. "Local KPIs"
     * @param localItem     the label of a local KPI's segment from its name, e.g. "Local: Cycle lanes"
     * @param fonts         the document's {@link ChartFonts font chain}
     */
    public static Sunburst of(Assessment a, LocalAssessment local, String localCategory,
                              java.util.function.UnaryOperator<String> localItem, FontChain fonts) {
        List<Segment> dimensions = new ArrayList<>();
        List<Segment> categories = new ArrayList<>();
        List<Segment> items = new ArrayList<>();
        for (DimensionResult d : a.dimensions()) {
            int dimensionItems = 0;
            for (SubDimensionResult s : d.subDimensions()) {
                for (CategoryResult c : s.categories()) {
                    int before = items.size();
                    c.kpis().forEach(k -> addItems(k, items));
                    int count = items.size() - before;
                    categories.add(new Segment(c.name(), count, BandStyle.colour(c.score().band())));
                    dimensionItems += count;
                }
            }
            if (local != null) {
                for (LocalAssessment.LocalDimension ld : local.dimensions()) {
                    if (ld.code().equals(d.code())) {
                        local.kpis().stream().filter(k -> k.dimension().equals(d.code()))
                                .forEach(k -> items.add(segment(localItem.apply(k.name()), k.result())));
                        categories.add(new Segment(localCategory, ld.count(), BandStyle.colour(ld.score().band())));
                        dimensionItems += ld.count();
                    }
                }
            }
            dimensions.add(new Segment(d.name(), dimensionItems, BandStyle.colour(d.score().band())));
        }
        return new Sunburst(a.city(), List.of(
                new Ring(dimensions, 0.9, LabelMode.TANGENTIAL),
                new Ring(categories, 1.3, LabelMode.RADIAL),
                new Ring(items, 2.2, LabelMode.RADIAL)), new Style(fonts, OUTLINE, OUTLINE_WIDTH, CENTRE));
    }

    private static void addItems(KpiResult k, List<Segment> items) {
        if (k.dataPoints() == null) {
            items.add(segment(k.name(), k.result()));
        } else {
            k.dataPoints().forEach(d -> items.add(segment(k.name() + ": " + d.name(), d.result())));
        }
    }

    private static Segment segment(String label, ItemResult r) {
        return new Segment(label, 1, BandStyle.colour(r.band()));
    }
}
