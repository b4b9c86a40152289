package org.kpidocs.document.factsheet;

import java.util.List;
import org.kpidocs.document.CssColour;
import org.kpidocs.document.Imprint;
import org.kpidocs.document.ScoreText;
import org.kpidocs.document.Targets;

/**
 * Everything the Factsheet template prints, as ready-made text (numbers formatted, names resolved,
 * bands and goals turned into CSS classes). Plain records of strings and lists: the data model for
 * untrusted data. The template adds the words of the message bundle.
 *
 * @param front        foreword signatory and acknowledgements
 * @param introduction section 1: reporting and verification summary
 * @param findings     section 2: the verifier's key findings, then those derived from the results
 * @param method       section 3: targets and the rules for local KPIs and SDG links
 * @param profile      section 4: the city profile box and narrative
 * @param glance       section 5: the wheel and the three bar charts, each with its table
 * @param chapters     one per dimension
 * @param plans        the city's goals and projects (empty lists when not given)
 * @param conclusion   the closing section
 * @param palette      band and SDG colours, one CSS class each
 */
public record Factsheet(String lang, String dir, String city, String country, String monthYear, Imprint imprint,
                        Front front, Introduction introduction, List<Finding> findings, Method method,
                        Profile profile, Glance glance, List<Chapter> chapters, Plans plans, Conclusion conclusion,
                        List<CssColour> palette) {

    /** Who signs the foreword (may be null) and whom the factsheet thanks. */
    public record Front(String forewordBy, List<String> acknowledgements, String reportingYear) {
    }

    /** Section 1. */
    public record Introduction(String reportingYear, List<SummaryRow> rows, String localCount) {
    }

    /** Core, advanced or all KPIs: totals and shares reported and verified. */
    public record SummaryRow(String type, String total, String reported, String reportedShare, String verified,
                             String verifiedShare) {
    }

    /** A finding with its recommendation; {@code derived} when the product derived it from the scores. */
    public record Finding(boolean derived, String finding, String recommendation) {
    }

    /** Section 3: target counts and overrides, local KPI count, SDG links inferred and missing. */
    public record Method(Targets targets, String localCount, String sdgInferred, String sdgNone,
                         boolean unofficialNames) {
    }

    /** Section 4: the facts given (key for the bundle, value printed) and the narrative. */
    public record Profile(List<Fact> facts, String description) {
    }

    /** One line of the city profile box. */
    public record Fact(String key, String value) {
    }

    /** Section 5. */
    public record Glance(Figure wheel, List<String> legend, List<WheelRow> wheelRows, ScoreText overall,
                         ScoreText localOverall, Figure dimensions, List<ScoreRow> dimensionRows, Figure completeness,
                         List<CompletenessRow> completenessRows, Figure sdg, List<SdgRow> sdgRows) {
    }

    /**
     * A drawing: its id for the PDF figure, its SVG for the HTML page (null in the PDF) and its alt text.
     *
     * @param css the size class of the figure in the stylesheet
     */
    public record Figure(String id, String css, String svg, String alt) {
    }

    /** One category of a wheel's text equivalent; {@code local} for a dimension's local KPIs. */
    public record WheelRow(String dimension, String category, ScoreText score, boolean local) {
    }

    /** A dimension, sub-dimension or local row of the score chart's table. */
    public record ScoreRow(String level, String name, ScoreText score) {
    }

    /** A row of the completeness chart's table. */
    public record CompletenessRow(String name, boolean local, String total, String verified, String reportedOnly,
                                  String notReported, String verifiedShare) {
    }

    /** A row of the SDG profile's table. */
    public record SdgRow(String goal, String name, String css, String linked, String reported, String scored,
                         ScoreText score) {
    }

    /** One dimension's chapter. */
    public record Chapter(String id, String number, String name, ScoreText score, List<ScoreRow> subDimensions,
                          ScoreText localScore, List<Block> blocks, boolean anyInferred) {
    }

    /** The rows of one category (or of the dimension's local KPIs); the category cell spans them. */
    public record Block(String name, boolean local, int rows, List<Row> items) {
    }

    /**
     * One KPI or data point.
     *
     * @param status      scored, not-reported, not-verified or no-benchmark
     * @param band        band id when scored, else null
     * @param width       CSS class of the bar's length ({@code w1}–{@code w4}), null when not scored
     * @param sdgInferred whether the SDG links are inferred (marked *)
     */
    public record Row(String code, String label, String result, String status, String band, String css,
                      String width, List<Badge> sdgs, boolean sdgInferred, boolean local) {
    }

    /** A goal's badge: its number and CSS class. */
    public record Badge(String goal, String css) {
    }

    /** The city's goals and projects. */
    public record Plans(List<Plan> goals, List<Plan> projects) {
    }

    /** A goal or project. */
    public record Plan(String title, String description, List<Badge> sdgs) {
    }

    /** The conclusion's figures. */
    public record Conclusion(String reported, String reportedShare, String verified, String verifiedShare,
                             ScoreText overall) {
    }
}
