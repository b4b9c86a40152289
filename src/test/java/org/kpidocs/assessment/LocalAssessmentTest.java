package org.kpidocs.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.dataset.Dataset;
import org.kpidocs.dataset.DatasetChecker;

/** Local KPIs: banded like U4SSC items against their own targets, pooled apart, never in U4SSC scores. */
class LocalAssessmentTest {

    private static final Catalogue CATALOGUE = Catalogue.load();
    private static final BenchmarkSet BENCHMARKS = BenchmarkSet.load(CATALOGUE);
    private final Assessor assessor = new Assessor(CATALOGUE, BENCHMARKS);

    @Test
    void bandsEachLocalKpiAgainstItsOwnTargetWithTheU4sscShareRules() {
        LocalAssessment local = assessor.assessLocal(dataset("""
                "localKpis": [
                  {"code": "A", "name": "a", "unit": "km", "dimension": "EC", "value": 38.5, "target": 50, "direction": "higher", "verified": true},
                  {"code": "B", "name": "b", "unit": "months", "dimension": "SC", "value": 30, "target": 6, "direction": "lower", "verified": true},
                  {"code": "C", "name": "c", "unit": "ratio", "dimension": "SC", "value": 1.25, "target": 1, "direction": "range", "verified": true},
                  {"code": "D", "name": "d", "unit": "x", "dimension": "EN", "value": 5, "target": 5, "direction": "higher"},
                  {"code": "E", "name": "e", "unit": "x", "dimension": "EN", "value": 5, "verified": true},
                  {"code": "F", "name": "f", "unit": "x", "dimension": "EN"}]"""));

        assertThat(local.kpis()).extracting(k -> k.result().band()).containsExactly(Band.FROM_66, Band.BELOW_33,
                Band.FROM_66, null, null, null);
        assertThat(local.kpis().get(0).result().share()).isCloseTo(0.77, within(1e-12));
        assertThat(local.kpis().get(1).result().share()).isCloseTo(0.2, within(1e-12));
        assertThat(local.kpis()).extracting(k -> k.result().naReason()).containsExactly(null, null, null,
                NaReason.NOT_VERIFIED, NaReason.NO_BENCHMARK, NaReason.NOT_REPORTED);
        assertThat(local.overall()).isEqualTo(Score.of(3 + 1 + 3, 3));
        assertThat(local.dimensions()).extracting(LocalAssessment.LocalDimension::code).containsExactly("EC", "EN", "SC");
        assertThat(local.dimensions().get(1).score().scored()).isZero();
        assertThat(local.dimensions().get(2).score()).isEqualTo(Score.of(4, 2));
    }

    @Test
    void localKpisNeverChangeTheU4sscScores() throws Exception {
        String lumeria = Files.readString(Path.of("samples/lumeria-2025.json"));
        com.fasterxml.jackson.databind.node.ObjectNode tree =
                (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(lumeria);
        Dataset with = check(lumeria);
        tree.remove("localKpis");
        Dataset without = check(tree.toString());
        assertThat(with.localKpis()).isNotEmpty();

        assertThat(assessor.assess("x", 1, with)).isEqualTo(assessor.assess("x", 1, without));
        assertThat(assessor.assessLocal(with).overall().scored()).isEqualTo(3);
        assertThat(assessor.assessLocal(without).isEmpty()).isTrue();
    }

    private static Dataset dataset(String members) {
        return check("{\"city\": {\"name\": \"T\", \"country\": \"N\"}, \"reportingYear\": 2025, \"kpis\": [], " + members + "}");
    }

    private static Dataset check(String json) {
        return new DatasetChecker(CATALOGUE, BENCHMARKS).check(json.getBytes(StandardCharsets.UTF_8)).dataset();
    }
}
