package org.kpidocs.document.factsheet;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.kpidocs.assessment.Assessment;
import org.kpidocs.assessment.Assessment.DataPointResult;
import org.kpidocs.assessment.Assessment.ItemResult;
import org.kpidocs.assessment.Assessment.KpiResult;
import org.kpidocs.assessment.Assessment.Reporting;
import org.kpidocs.assessment.Band;
import org.kpidocs.assessment.Score;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.chart.BarChart;
import org.kpidocs.chart.FontChain;
import org.kpidocs.chart.StackedBarChart;
import org.kpidocs.document.BandStyle;
import org.kpidocs.document.Sdgs;

/**
 * The numbers behind the Factsheet's bar charts, and the chart specs drawn from them. The numbers
 * come straight from the assessment (nothing is re-scored here), so a test can hold every bar against
 * it. These charts are extensions: U4SSC publications have only the benchmarking wheel (domain
 * reference §6), and the documents say so.
 */
final class FactsheetFigures {

    static final String WHEEL = "wheel";
    static final String DIMENSIONS = "chart-dimensions";
    static final String COMPLETENESS = "chart-completeness";
    static final String SDG = "chart-sdg";
    /** Band tints behind the score bars: the band colours mixed with this much white. */
    static final double TINT = 0.82;
    static final Color VERIFIED = new Color(0x00529B);
    static final Color REPORTED_ONLY = new Color(0x7FA8CD);
    static final Color NOT_REPORTED = BandStyle.NOT_SCORED;

    private FactsheetFigures() {
    }

    /**
     * One goal of the SDG profile.
     *
     * @param linked   U4SSC KPIs the catalogue links to the goal
     * @param reported of those, the ones reported (in full or in part)
     * @param points   points of their scored items (KPIs and data points)
     * @param scored   number of their scored items
     */
    record SdgData(int goal, int linked, int reported, int points, int scored) {
        /** The pooled score in percent of the maximum, null when nothing is scored. */
        Double percentage() {
            return scored == 0 ? null : points * 100.0 / (4 * scored);
        }

        Band band() {
            return scored == 0 ? null : Band.of((double) points / (4 * scored));
        }
    }

    /**
     * For each of the 17 goals, the linked U4SSC KPIs, how many were reported and the pooled score of
     * their scored items. A KPI linked to several goals counts for each. Local KPIs are not included:
     * their goals are the city's own statement, not the catalogue's.
     */
    static List<SdgData> sdgProfile(Assessment a, Catalogue catalogue) {
        int[] linked = new int[Sdgs.GOALS + 1];
        int[] reported = new int[Sdgs.GOALS + 1];
        int[] points = new int[Sdgs.GOALS + 1];
        int[] scored = new int[Sdgs.GOALS + 1];
        for (KpiResult k : kpis(a)) {
            List<ItemResult> items = k.dataPoints() == null ? List.of(k.result())
                    : k.dataPoints().stream().map(DataPointResult::result).toList();
            for (int goal : Sdgs.goals(catalogue.find(k.code()).orElseThrow())) {
                linked[goal]++;
                if (k.reporting() != Reporting.NOT_REPORTED) {
                    reported[goal]++;
                }
                for (ItemResult i : items) {
                    if (i.scored()) {
                        points[goal] += i.points();
                        scored[goal]++;
                    }
                }
            }
        }
        List<SdgData> result = new ArrayList<>();
        for (int g = 1; g <= Sdgs.GOALS; g++) {
            result.add(new SdgData(g, linked[g], reported[g], points[g], scored[g]));
        }
        return result;
    }

    static List<KpiResult> kpis(Assessment a) {
        return a.dimensions().stream().flatMap(d -> d.subDimensions().stream())
                .flatMap(s -> s.categories().stream()).flatMap(c -> c.kpis().stream()).toList();
    }

    /** The SDG profile: one bar per goal in the goal's colour, its length the goal's score. */
    static BarChart sdgChart(List<SdgData> data, IntFunction<String> label, Function<SdgData, String> note,
                             String axis, FontChain fonts) {
        List<BarChart.Bar> bars = data.stream().map(d -> new BarChart.Bar(label.apply(d.goal()), d.percentage(),
                Sdgs.colour(d.goal()), note.apply(d), false)).toList();
        return new BarChart(bars, axis, 100, bandBackground(), fonts);
    }

    /** A bar of the score chart. */
    record ScoreBar(String label, Score score, boolean strong, String note) {
    }

    /** Scores of dimensions and sub-dimensions (and local KPIs), each bar in its band's colour, over the bands. */
    static BarChart scoreChart(List<ScoreBar> rows, String axis, FontChain fonts) {
        List<BarChart.Bar> bars = rows.stream().map(r -> new BarChart.Bar(r.label(), r.score().percentage(),
                BandStyle.colour(r.score().band()), r.note(), r.strong())).toList();
        return new BarChart(bars, axis, 100, bandBackground(), fonts);
    }

    private static List<BarChart.Band> bandBackground() {
        List<BarChart.Band> bands = new ArrayList<>();
        Band[] all = Band.values();
        for (int i = 0; i < all.length; i++) {
            double to = i + 1 < all.length ? all[i + 1].lowerBound() * 100 : 100;
            bands.add(new BarChart.Band(all[i].lowerBound() * 100, to, BandStyle.tint(BandStyle.colour(all[i]), TINT)));
        }
        return bands;
    }

    /** A row of the completeness chart: KPIs verified, reported but not verified, not reported. */
    record Completeness(String label, boolean local, int total, int verified, int reportedOnly, int notReported) {
        double share(int count) {
            return total == 0 ? 0 : count * 100.0 / total;
        }
    }

    static StackedBarChart completenessChart(List<Completeness> rows, String verified, String reportedOnly,
                                             String notReported, String axis, FontChain fonts) {
        return new StackedBarChart(rows.stream().map(Completeness::label).toList(), List.of(
                new StackedBarChart.Series(verified, VERIFIED, rows.stream().map(r -> r.share(r.verified())).toList()),
                new StackedBarChart.Series(reportedOnly, REPORTED_ONLY,
                        rows.stream().map(r -> r.share(r.reportedOnly())).toList()),
                new StackedBarChart.Series(notReported, NOT_REPORTED,
                        rows.stream().map(r -> r.share(r.notReported())).toList())), axis, 100, fonts);
    }
}
