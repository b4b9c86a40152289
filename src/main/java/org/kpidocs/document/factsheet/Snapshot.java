package org.kpidocs.document.factsheet;

import java.util.List;
import org.kpidocs.document.CssColour;
import org.kpidocs.document.Imprint;
import org.kpidocs.document.ScoreText;

/**
 * Everything the City Snapshot template prints: the wheel with its legend, the headline figures, the
 * three strongest and weakest categories and the wheel's text equivalent, as ready-made text.
 *
 * @param dimensions the band of each dimension
 * @param counts     core, advanced and all KPIs: total, reported, verified
 * @param local      the local KPIs' line, null when the dataset has none
 */
public record Snapshot(String lang, String dir, String city, String country, String monthYear, String reportingYear,
                       Imprint imprint, Factsheet.Figure wheel, List<String> legend, ScoreText overall,
                       List<Factsheet.ScoreRow> dimensions, List<CountRow> counts, List<Ranked> strongest,
                       List<Ranked> weakest, List<Factsheet.WheelRow> categories, Local local,
                       List<CssColour> palette) {

    /** A row of the KPI counts. */
    public record CountRow(String type, String total, String reported, String verified) {
    }

    /** A category among the strongest or weakest. */
    public record Ranked(String dimension, String category, ScoreText score) {
    }

    /** How many local KPIs there are and their own score. */
    public record Local(String count, ScoreText score) {
    }
}
