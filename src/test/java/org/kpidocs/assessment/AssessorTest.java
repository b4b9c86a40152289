package org.kpidocs.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kpidocs.assessment.Assessment.CategoryResult;
import org.kpidocs.assessment.Assessment.DataPointResult;
import org.kpidocs.assessment.Assessment.DimensionResult;
import org.kpidocs.assessment.Assessment.KpiResult;
import org.kpidocs.assessment.Assessment.Reporting;
import org.kpidocs.assessment.Assessment.SubDimensionResult;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.catalogue.Confidence;
import org.kpidocs.dataset.Dataset;
import org.kpidocs.dataset.DatasetChecker;

/** Scoring of whole datasets: the published worked examples, exclusions, roll-ups and summaries. */
class AssessorTest {

    private static final Catalogue CATALOGUE = Catalogue.load();
    private static final BenchmarkSet BENCHMARKS = BenchmarkSet.load(CATALOGUE);
    private final Assessor assessor = new Assessor(CATALOGUE, BENCHMARKS);

    /**
     * "Education with four KPIs scoring 1, 3, 4, 1 → 9/16 = 56.25 % → 33–66 %", printed in every
     * Verification Report. Higher Education Degrees has no reference target, so the dataset gives it
     * one, as a verifier with the official targets would.
     */
    @Test
    void scoresThePublishedEducationExampleOfFourKpis() {
        Assessment a = assess("""
                "kpis": [
                  {"code": "SC: EH: ED: 1C", "value": 20, "verified": true},
                  {"code": "SC: EH: ED: 2C", "value": 70, "verified": true},
                  {"code": "SC: EH: ED: 3C", "value": 5000, "verified": true},
                  {"code": "SC: EH: ED: 4C", "value": 10, "verified": true}],
                "benchmarkOverrides": {"SC: EH: ED: 3C": {"target": 5000, "direction": "higher"}}""");
        CategoryResult education = category(a, "EH/ED");
        assertThat(education.kpis()).extracting(k -> k.result().points()).containsExactly(1, 3, 4, 1);
        assertThat(education.score()).isEqualTo(new Score(9, 16, 4, 56.25, Band.FROM_33));
        assertThat(education.score().band().id()).isEqualTo("33-66");
    }

    /** "If only three are reported, scoring 3, 4, 2 → 9/12 = 75 % → 66–95 %". */
    @Test
    void scoresThePublishedEducationExampleWithOneKpiNotReported() {
        Assessment a = assess("""
                "kpis": [
                  {"code": "SC: EH: ED: 1C", "value": 70, "verified": true},
                  {"code": "SC: EH: ED: 2C", "value": 100, "verified": true},
                  {"code": "SC: EH: ED: 4C", "value": 40, "verified": true}]""");
        CategoryResult education = category(a, "EH/ED");
        assertThat(education.score()).isEqualTo(new Score(9, 12, 3, 75.0, Band.FROM_66));
        KpiResult degrees = kpi(a, "SC: EH: ED: 3C");
        assertThat(degrees.reporting()).isEqualTo(Reporting.NOT_REPORTED);
        assertThat(degrees.result().naReason()).isEqualTo(NaReason.NOT_REPORTED);
    }

    @Test
    void excludesKpisWithoutBenchmarkFromPointsAndMaximum() {
        Assessment a = assess("""
                "kpis": [
                  {"code": "EC: ICT: ICT: 1C", "value": 97, "verified": true},
                  {"code": "EC: ICT: ICT: 5C", "value": 120, "verified": true}]""");
        KpiResult wifi = kpi(a, "EC: ICT: ICT: 5C");
        assertThat(wifi.result().naReason()).isEqualTo(NaReason.NO_BENCHMARK);
        assertThat(wifi.result().points()).isNull();
        assertThat(wifi.result().value()).isEqualTo(120.0);
        assertThat(category(a, "ICT/ICT").score()).isEqualTo(new Score(4, 4, 1, 100.0, Band.FROM_95));
    }

    @Test
    void excludesReportedButUnverifiedKpisAndListsThem() {
        Assessment a = assess("""
                "kpis": [
                  {"code": "EC: ICT: ICT: 1C", "value": 97, "verified": true},
                  {"code": "EC: ICT: ICT: 2C", "value": 10, "verified": false, "note": "No source given"}]""");
        KpiResult broadband = kpi(a, "EC: ICT: ICT: 2C");
        assertThat(broadband.result().naReason()).isEqualTo(NaReason.NOT_VERIFIED);
        assertThat(broadband.verified()).isFalse();
        assertThat(category(a, "ICT/ICT").score().scored()).isEqualTo(1);
        assertThat(a.summary().notVerified()).extracting(Assessment.NotVerifiedKpi::code)
                .containsExactly("EC: ICT: ICT: 2C");
    }

    @Test
    void scoresLowerIsBetterKpis() {
        Assessment a = assess("""
                "kpis": [
                  {"code": "EC: P: EM: 1C", "value": 6, "verified": true},
                  {"code": "SC: SH: HO: 1C", "value": 8, "verified": true},
                  {"code": "SC: SH: SA: 9C", "value": 2.0, "verified": true}]""");
        assertThat(kpi(a, "EC: P: EM: 1C").result().share()).isCloseTo(0.8, within(1e-12));
        assertThat(kpi(a, "EC: P: EM: 1C").result().points()).isEqualTo(3);
        assertThat(kpi(a, "SC: SH: HO: 1C").result().share()).isCloseTo(0.92, within(1e-12));
        assertThat(kpi(a, "SC: SH: SA: 9C").result().points()).isEqualTo(4);
    }

    @Test
    void scoresEachDataPointAsOneItemAndRollsThemUpWithTheirCategory() {
        Assessment a = assess("""
                "kpis": [
                  {"code": "EN: EN: AQ: 1C", "dataPoints": [
                    {"name": "PM10", "value": 15, "verified": true},
                    {"name": "PM2.5", "value": 12, "verified": true},
                    {"name": "NO2", "value": 40, "verified": true}]},
                  {"code": "EN: EN: AQ: 2C", "value": 3.0, "verified": true}]""");
        KpiResult air = kpi(a, "EN: EN: AQ: 1C");
        assertThat(air.reporting()).isEqualTo(Reporting.PARTIAL);
        assertThat(air.missingDataPoints()).containsExactly("SO2", "O3");
        assertThat(air.result().naReason()).isEqualTo(NaReason.SCORED_BY_DATA_POINTS);
        assertThat(air.dataPoints()).extracting(DataPointResult::name).containsExactly("PM10", "PM2.5", "NO2", "SO2", "O3");
        assertThat(air.dataPoints()).extracting(d -> d.result().points()).containsExactly(4, 2, 1, null, null);
        // PM10 4 + PM2.5 2 + NO2 1 (10/40 = 25 %) + GHG 4 = 11 of 16
        assertThat(category(a, "EN/AQ").score()).isEqualTo(new Score(11, 16, 4, 68.75, Band.FROM_66));
        assertThat(a.summary().partiallyReported()).singleElement()
                .satisfies(p -> assertThat(p.missingDataPoints()).containsExactly("SO2", "O3"));
        assertThat(a.summary().dataPoints().all().reported()).isEqualTo(4);
        assertThat(a.summary().kpis().all().reported()).isEqualTo(2);
    }

    @Test
    void poolsSubDimensionsAndDimensionsDirectlyFromItemsNotFromPercentages() {
        // Category A: 1 item at 4 points (100 %); category B: 3 items at 1 point (25 %).
        // Averaging percentages would give 62.5 %; pooling gives 7/16 = 43.75 %.
        Assessment a = assess("""
                "kpis": [
                  {"code": "EC: ICT: ICT: 1C", "value": 100, "verified": true},
                  {"code": "EC: ICT: T: 1C", "value": 10, "verified": true},
                  {"code": "EC: ICT: T: 2C", "value": 10, "verified": true},
                  {"code": "EC: ICT: ES: 1C", "value": 10, "verified": true}]""");
        SubDimensionResult ict = a.dimensions().get(0).subDimensions().get(0);
        assertThat(ict.code()).isEqualTo("ICT");
        assertThat(ict.score()).isEqualTo(new Score(7, 16, 4, 43.75, Band.FROM_33));
        assertThat(a.dimensions().get(0).score()).isEqualTo(ict.score());
        assertThat(a.overall()).isEqualTo(ict.score());
    }

    @Test
    void showsGroupsWithNothingScoredAsNotApplicableRatherThanZero() {
        Assessment a = assess("\"kpis\": []");
        assertThat(a.overall()).isEqualTo(Score.NONE);
        assertThat(a.overall().percentage()).isNull();
        assertThat(a.overall().band()).isNull();
        assertThat(a.summary().notReported()).hasSize(91);
    }

    @Test
    void appliesAndReportsOverriddenTargets() {
        Assessment a = assess("""
                "kpis": [
                  {"code": "EC: ICT: ICT: 2C", "value": 41.2, "verified": true},
                  {"code": "EC: I: WS: 3C", "value": 12, "verified": true},
                  {"code": "EN: EN: AQ: 1C", "dataPoints": [{"name": "PM2.5", "value": 12, "verified": true}]}],
                "benchmarkOverrides": {"EC: ICT: ICT: 2C": 50, "EC: I: WS: 3C": {"target": 10, "direction": "lower"},
                                       "EN: EN: AQ: 1C / PM2.5": null}""");
        KpiResult broadband = kpi(a, "EC: ICT: ICT: 2C");
        assertThat(broadband.result().target()).isEqualTo(50.0);
        assertThat(broadband.result().targetConfidence()).isEqualTo(Confidence.OVERRIDE);
        assertThat(broadband.result().points()).isEqualTo(3);
        assertThat(kpi(a, "EC: I: WS: 3C").result().share()).isCloseTo(10.0 / 12, within(1e-12));
        assertThat(kpi(a, "EN: EN: AQ: 1C").dataPoints().get(1).result().naReason()).isEqualTo(NaReason.NO_BENCHMARK);
        assertThat(a.overriddenTargets()).extracting(Assessment.OverriddenTarget::item)
                .containsExactly("EC: ICT: ICT: 2C", "EC: I: WS: 3C", "EN: EN: AQ: 1C / PM2.5");
        assertThat(a.overriddenTargets().get(0).referenceTarget()).isEqualTo(30.0);
    }

    @Test
    void countsReportingAndVerificationByTypeAndDimension() {
        Assessment a = assess("""
                "kpis": [
                  {"code": "EC: ICT: ICT: 1C", "value": 97, "verified": true},
                  {"code": "EC: ICT: WS: 2A", "value": 50, "verified": false},
                  {"code": "SC: SH: FS: 1A", "value": 30, "verified": true},
                  {"code": "EC: ICT: ICT: 4C", "dataPoints": [{"name": "3G", "value": 99, "verified": true},
                                                              {"name": "4G", "value": 98, "verified": true}]}]""");
        Assessment.Counts kpis = a.summary().kpis();
        assertThat(kpis.all()).isEqualTo(new Assessment.Tally(91, 4, 3));
        assertThat(kpis.core()).isEqualTo(new Assessment.Tally(55, 2, 2));
        assertThat(kpis.advanced()).isEqualTo(new Assessment.Tally(36, 2, 1));
        assertThat(kpis.byDimension()).extracting(Assessment.DimensionCounts::dimension)
                .containsExactly("Economy", "Environment", "Society and Culture");
        assertThat(kpis.byDimension().get(0).all()).isEqualTo(new Assessment.Tally(45, 3, 2));
        assertThat(kpis.byDimension().get(2).advanced()).isEqualTo(new Assessment.Tally(10, 1, 1));
        assertThat(a.summary().dataPoints().all()).isEqualTo(new Assessment.Tally(112, 5, 4));
        assertThat(a.summary().notReported()).hasSize(87);
    }

    @Test
    void keepsEveryLevelConsistentForTheSampleCity() throws IOException {
        Assessment a = assessFile(Path.of("samples/lumeria-2025.json"));
        assertThat(a.dimensions()).hasSize(3);
        assertThat(a.dimensions().stream().flatMap(d -> d.subDimensions().stream())).hasSize(7);
        assertThat(categories(a)).hasSize(27);
        assertThat(categories(a).flatMap(c -> c.kpis().stream())).hasSize(91);
        int itemsScored = (int) categories(a).flatMap(c -> c.kpis().stream())
                .flatMap(k -> k.dataPoints() == null ? Stream.of(k.result()) : k.dataPoints().stream().map(DataPointResult::result))
                .filter(Assessment.ItemResult::scored).count();
        assertThat(a.overall().scored()).isEqualTo(itemsScored);
        assertThat(a.dimensions().stream().mapToInt(d -> d.score().points()).sum()).isEqualTo(a.overall().points());
        for (DimensionResult d : a.dimensions()) {
            assertThat(d.subDimensions().stream().mapToInt(s -> s.score().scored()).sum()).isEqualTo(d.score().scored());
        }
        Assessment.Summary s = a.summary();
        assertThat(s.kpis().all().total()).isEqualTo(91);
        assertThat(s.notReported().size() + s.kpis().all().reported()).isEqualTo(91);
        assertThat(s.notVerified().size() + s.kpis().all().verified()).isEqualTo(s.kpis().all().reported());
        assertThat(s.partiallyReported()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void isDeterministic() throws IOException {
        assertThat(assessFile(Path.of("samples/lumeria-2025.json")))
                .isEqualTo(assessFile(Path.of("samples/lumeria-2025.json")));
    }

    private Assessment assess(String body) {
        String json = "{\"city\": {\"name\": \"Testville\", \"country\": \"Norway\"}, \"reportingYear\": 2025, " + body + "}";
        Dataset d = new DatasetChecker(CATALOGUE, BENCHMARKS).check(json.getBytes(StandardCharsets.UTF_8)).dataset();
        return assessor.assess("test", 1, d);
    }

    private Assessment assessFile(Path file) throws IOException {
        Dataset d = new DatasetChecker(CATALOGUE, BENCHMARKS).check(Files.readAllBytes(file)).dataset();
        return assessor.assess("sample", 1, d);
    }

    private static Stream<CategoryResult> categories(Assessment a) {
        return a.dimensions().stream().flatMap(d -> d.subDimensions().stream()).flatMap(s -> s.categories().stream());
    }

    private static CategoryResult category(Assessment a, String key) {
        return categories(a).filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    private static KpiResult kpi(Assessment a, String code) {
        List<KpiResult> all = categories(a).flatMap(c -> c.kpis().stream()).toList();
        return all.stream().filter(k -> k.code().equals(code)).findFirst().orElseThrow();
    }
}
