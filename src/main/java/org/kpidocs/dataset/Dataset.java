package org.kpidocs.dataset;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kpidocs.catalogue.Direction;

/**
 * A city's verified KPI dataset in its canonical form: codes normalised, defaults made explicit,
 * yes/no answers stored as 1 or 0. Built only by {@link DatasetReader}, so every instance is valid
 * against the catalogue it was read with.
 *
 * @param city               the city profile
 * @param reportingYear      the year the data describe
 * @param verification       who verified the data and when; may be null before verification
 * @param kpis               the KPIs mentioned in the submission; absent KPIs are not reported
 * @param benchmarkOverrides targets that replace the reference set, keyed by item
 *                           ({@code EC: ICT: ICT: 1C} or {@code EN: EN: AQ: 1C / PM2.5})
 * @param findings           the verifier's texts for the report
 * @param localKpis          the city's own KPIs beside the U4SSC ones (Factsheet, Snapshot); never part of
 *                           the U4SSC scores
 * @param publication        texts only the Factsheet prints: acknowledgements, foreword signatory, the
 *                           city's goals and projects; null when not given
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Dataset(City city, int reportingYear, Verification verification, List<KpiEntry> kpis,
                      Map<String, TargetOverride> benchmarkOverrides, Findings findings,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<LocalKpi> localKpis,
                      Publication publication) {

    /** A dataset without local KPIs or publication texts. */
    public Dataset(City city, int reportingYear, Verification verification, List<KpiEntry> kpis,
                   Map<String, TargetOverride> benchmarkOverrides, Findings findings) {
        this(city, reportingYear, verification, kpis, benchmarkOverrides, findings, List.of(), null);
    }

    public Dataset {
        localKpis = List.copyOf(localKpis);
        kpis = List.copyOf(kpis);
        // Insertion order is kept (the reader writes catalogue order): Map.copyOf would iterate in a
        // per-JVM random order and make the canonical JSON, and its hash, differ between runs.
        benchmarkOverrides = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(benchmarkOverrides));
    }

    /** The entry for a KPI code in canonical form, if the submission mentions it. */
    public Optional<KpiEntry> entry(String canonicalCode) {
        return kpis.stream().filter(k -> k.code().equals(canonicalCode)).findFirst();
    }

    /** The city profile (Factsheet "City Profile" box; Verification Manual §6.1 screening figures). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record City(String name, String country, String region, Long population, Long households,
                       Double areaKm2, Double gdp, String currency, Double householdIncome,
                       Double inflationRate, String description) {
    }

    /** The verification record of the dataset. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Verification(String verifier, String organisation, Mode mode,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate completedOn,
                               @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM") YearMonth reportDate) {

        /** How the verification was carried out. */
        public enum Mode {
            REMOTE("remote"), ON_SITE("on-site");

            private final String id;

            Mode(String id) {
                this.id = id;
            }

            @JsonValue
            public String id() {
                return id;
            }
        }
    }

    /**
     * What was reported for one KPI or data point and what the verifier concluded.
     *
     * @param value        the result in the KPI's unit; null when not reported
     * @param reported     whether the city reported it
     * @param verified     whether the verifier verified it (only when reported)
     * @param dataQuality  the city's statement of data quality
     * @param dataOrigin   where the data comes from, free text
     * @param sources      the data sources named by the city
     * @param numerator    numerator of the calculation, when given
     * @param denominator  denominator of the calculation, when given
     * @param year         the year the figure describes when it is not the reporting year
     * @param note         the verifier's comment
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"value", "reported", "verified"})
    public record Measurement(Double value, @JsonIgnore boolean reported, @JsonIgnore boolean verified,
                              DataQuality dataQuality, String dataOrigin, List<String> sources, Double numerator,
                              Double denominator, Integer year, String note) {
        public Measurement {
            sources = List.copyOf(sources);
        }

        /**
         * The canonical JSON leaves out what the reader would infer: "reported" is written only when it
         * differs from "a value is given", "verified" only when true. A multi-part KPI's own record thus
         * never carries fields the reader refuses on it.
         */
        @JsonProperty("reported")
        Boolean reportedWhenNotDefault() {
            return reported == (value != null) ? null : reported;
        }

        @JsonProperty("verified")
        Boolean verifiedWhenTrue() {
            return verified ? Boolean.TRUE : null;
        }

        static Measurement notReported(String note) {
            return new Measurement(null, false, false, null, null, List.of(), null, null, null, note);
        }
    }

    /**
     * One KPI of the submission. A single-value KPI carries its measurement; a KPI with data points
     * carries them in {@code dataPoints} and only a note (and {@code reported: false} when none of its
     * data points was reported) in its own measurement.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record KpiEntry(String code, @JsonUnwrapped Measurement measurement, List<DataPointEntry> dataPoints) {
        public KpiEntry {
            dataPoints = List.copyOf(dataPoints);
        }

        public Optional<DataPointEntry> dataPoint(String name) {
            return dataPoints.stream().filter(d -> d.name().equals(name)).findFirst();
        }
    }

    /** One data point of a multi-part KPI. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record DataPointEntry(String name, @JsonUnwrapped Measurement measurement) {
    }

    /** A target that replaces the reference benchmark; a null target means "no benchmark" (N/A). */
    public record TargetOverride(Double target, Direction direction) {
        @JsonValue
        Map<String, Object> json() {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("target", target);
            m.put("direction", direction.id());
            return m;
        }
    }

    /**
     * The verifier's findings, printed in the report's recommendations sections; the key findings, each
     * with its recommendation, open the Factsheet's "Key Findings" section.
     */
    public record Findings(List<String> auditResults, List<String> policyRecommendations,
                           List<String> improvementOpportunities,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<KeyFinding> keyFindings) {
        public Findings {
            auditResults = List.copyOf(auditResults);
            policyRecommendations = List.copyOf(policyRecommendations);
            improvementOpportunities = List.copyOf(improvementOpportunities);
            keyFindings = List.copyOf(keyFindings);
        }

        /** Findings without key findings. */
        public Findings(List<String> auditResults, List<String> policyRecommendations,
                        List<String> improvementOpportunities) {
            this(auditResults, policyRecommendations, improvementOpportunities, List.of());
        }

        static final Findings NONE = new Findings(List.of(), List.of(), List.of(), List.of());
    }

    /** A finding of the Factsheet with the recommendation that answers it. */
    public record KeyFinding(String finding, String recommendation) {
    }

    /**
     * A KPI the city measures beyond the 91 U4SSC KPIs (U4SSC City Snapshots add such "local KPIs"
     * with their own benchmarks, domain reference §5.3). It is scored with the U4SSC band method
     * against its own target, but never pooled into a U4SSC category, dimension or overall score.
     *
     * @param code      the city's own code, unique among local KPIs and never a U4SSC code
     * @param dimension the U4SSC dimension it is shown under, as its code ({@code EC}, {@code EN}, {@code SC})
     * @param value     the result; null when not reported
     * @param target    the city's target; null when it has none (shown N/A, not scored)
     * @param direction which way is better; null exactly when {@code target} is null
     * @param verified  whether the verifier verified the value (only when reported)
     * @param sdgGoals  numbers (1–17) of the Sustainable Development Goals the KPI serves
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"code", "name", "unit", "dimension", "value", "target", "direction", "verified", "sdgGoals",
            "note"})
    public record LocalKpi(String code, String name, String unit, String dimension, Double value, Double target,
                           @JsonIgnore Direction direction, @JsonIgnore boolean verified, List<Integer> sdgGoals,
                           String note) {
        public LocalKpi {
            sdgGoals = List.copyOf(sdgGoals);
        }

        public boolean reported() {
            return value != null;
        }

        @JsonProperty("direction")
        String directionId() {
            return direction == null ? null : direction.id();
        }

        @JsonProperty("verified")
        Boolean verifiedWhenTrue() {
            return verified ? Boolean.TRUE : null;
        }
    }

    /**
     * What the Factsheet prints beyond the data: who is thanked, who signs the foreword, and the city's
     * goals and projects ("Goals and Projects for a Smart Sustainable Future", domain reference §5.2).
     *
     * @param forewordBy       name and role of whoever signs the foreword, e.g. the mayor; may be null
     * @param acknowledgements names (with roles) the Factsheet thanks; the verifier is thanked anyway
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Publication(String forewordBy, List<String> acknowledgements, List<Plan> goals,
                              List<Plan> projects) {
        public Publication {
            acknowledgements = List.copyOf(acknowledgements);
            goals = List.copyOf(goals);
            projects = List.copyOf(projects);
        }
    }

    /** One of the city's goals or projects, with the Sustainable Development Goals (1–17) it serves. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Plan(String title, String description, List<Integer> sdgGoals) {
        public Plan {
            sdgGoals = List.copyOf(sdgGoals);
        }
    }
}
