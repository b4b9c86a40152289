package org.kpidocs.document.report;

import java.util.List;
import org.kpidocs.document.CssColour;
import org.kpidocs.document.ScoreText;
import org.kpidocs.document.Targets;

/**
 * Everything the report template prints, as ready-made text: numbers are formatted, codes and names
 * resolved, bands turned into CSS classes. The template only arranges it and adds the words of the
 * message bundle. Plain records of strings and lists: the data model for untrusted data.
 *
 * @param lang       BCP 47 tag of the document language
 * @param dir        {@code ltr} or {@code rtl}
 * @param city       city name
 * @param country    country
 * @param monthYear  month and year of the report, e.g. "November 2025"
 * @param imprint    where the document comes from (dataset, versions, hash)
 * @param background section 1
 * @param kpiCounts  section 2, one row per dimension plus a total row
 * @param pointCounts section 3, the same at data-point level
 * @param wheel      section 4
 * @param method     section 5
 * @param results    section 6, one table per dimension
 * @param notReported section 7
 * @param notVerified section 8; empty when every reported KPI was verified
 * @param findings   the verifier's audit results, policy recommendations, improvement opportunities
 * @param overall    the overall score, e.g. "79.62 % (66–95 %)"
 * @param palette    the band colours, one CSS class each
 * @param unofficialNames whether the catalogue names printed are unofficial translations (methodology says so)
 */
public record VerificationReport(String lang, String dir, String city, String country, String monthYear,
                                 org.kpidocs.document.Imprint imprint, Background background, List<CountRow> kpiCounts,
                                 List<CountRow> pointCounts, Wheel wheel, Targets method,
                                 List<DimensionTable> results, List<NotReported> notReported,
                                 List<NotVerified> notVerified, Findings findings, ScoreText overall,
                                 List<CssColour> palette, List<ScreeningNote> screening, boolean unofficialNames) {

    /** Who verified what, how and when; absent values are null. */
    public record Background(String verifier, String organisation, String mode, String completedOn,
                             String reportingYear, String population) {
    }

    /** One row of a reporting and verification summary. */
    public record CountRow(String label, boolean total, String coreTotal, String coreReported,
                           String coreVerified, String advancedTotal, String advancedReported,
                           String advancedVerified, String allTotal, String allReported, String allVerified) {
    }

    /** The benchmarking wheel: the drawing's id, its SVG for HTML, alt text and a text equivalent. */
    public record Wheel(String figureId, String svg, String alt, List<Legend> legend, List<WheelRow> categories) {
    }

    /** A legend entry: CSS class and band id (the words come from the bundle). */
    public record Legend(String css, String band) {
    }

    /** One category of the wheel's text equivalent. */
    public record WheelRow(String dimension, String category, ScoreText score) {
    }

    /** Section 6: the results of one dimension. */
    public record DimensionTable(String id, String name, ScoreText score, List<CategoryBlock> categories) {
    }

    /** The rows of one category; the category cell spans them. */
    public record CategoryBlock(String name, ScoreText score, int rows, List<ResultRow> items) {
    }

    /**
     * One KPI or data point.
     *
     * @param status scored, not-reported, not-verified or no-benchmark (for the bundle's wording)
     * @param band   band id when scored, else null
     */
    public record ResultRow(String code, String label, String result, String status, String band, String css) {
    }

    /** A KPI not reported, or reported in part with the data points it lacks. */
    public record NotReported(String code, String name, List<String> missing) {
    }

    /** A reported KPI that was not verified, with the verifier's note. */
    public record NotVerified(String code, String name, List<String> dataPoints, String note) {
    }

    /**
     * A point the screening checks of the Verification Manual 2022 §6.1 raised when the dataset was
     * accepted (a warning, never a refusal).
     *
     * @param kpi   the KPI concerned; null for the city profile or the dataset as a whole
     * @param where the workbook cell or the dataset field
     */
    public record ScreeningNote(String kpi, String where, String text) {
    }

    /** The verifier's own texts. */
    public record Findings(List<String> auditResults, List<String> policyRecommendations,
                           List<String> improvementOpportunities) {
    }
}
