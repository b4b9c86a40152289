package org.kpidocs.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.catalogue.Direction;
import org.kpidocs.i18n.Messages;

/**
 * The dataset fields only the Factsheet and the Snapshot print: local KPIs, key findings with their
 * recommendations, and the publication texts (foreword signatory, acknowledgements, goals, projects).
 * Read as strictly as the rest: unknown fields refused, every problem collected with its pointer.
 */
class LocalKpiAndPublicationTest {

    private static final Catalogue CATALOGUE = Catalogue.load();
    private static final BenchmarkSet BENCHMARKS = BenchmarkSet.load(CATALOGUE);
    private static final Messages MESSAGES = new Messages("messages/api");
    private static final String BASE = "\"city\": {\"name\": \"Testville\", \"country\": \"Norway\"}, \"reportingYear\": 2025,"
            + " \"kpis\": []";

    private final DatasetChecker checker = new DatasetChecker(CATALOGUE, BENCHMARKS);

    @Test
    void readsLocalKpisWithTheirTargetsDirectionsAndGoals() {
        Dataset d = accepted("""
                "localKpis": [
                  {"code": "TV-1", "name": "Cycle lanes", "unit": "km", "dimension": "Environment", "value": 12.5,
                   "target": 20, "direction": "higher", "verified": true, "sdgGoals": [13, 11], "note": "register"},
                  {"code": "TV-2", "name": "Queue", "unit": "days", "dimension": "sc"}]""").dataset();

        assertThat(d.localKpis()).containsExactly(
                new Dataset.LocalKpi("TV-1", "Cycle lanes", "km", "EN", 12.5, 20.0, Direction.HIGHER, true,
                        List.of(11, 13), "register"),
                new Dataset.LocalKpi("TV-2", "Queue", "days", "SC", null, null, null, false, List.of(), null));
        assertThat(d.localKpis().get(1).reported()).isFalse();
    }

    @Test
    void writesLocalKpisAndPublicationInTheCanonicalJsonAndReadsThemBackUnchanged() {
        DatasetChecker.Accepted first = accepted("""
                "localKpis": [{"code": "TV-1", "name": "Cycle lanes", "unit": "km", "dimension": "EN", "value": 3,
                               "target": 4, "direction": "lower", "verified": true, "sdgGoals": [11]}],
                "findings": {"keyFindings": [{"finding": "F", "recommendation": "R"}]},
                "publication": {"forewordBy": "Mayor", "acknowledgements": ["A"],
                                "goals": [{"title": "G", "sdgGoals": [13]}], "projects": [{"title": "P", "description": "D"}]}""");
        assertThat(first.canonicalJson()).contains("\"direction\":\"lower\"", "\"verified\":true",
                "\"keyFindings\":[{\"finding\":\"F\",\"recommendation\":\"R\"}]", "\"forewordBy\":\"Mayor\"");
        DatasetChecker.Accepted again = checker.check(first.canonicalJson().getBytes(StandardCharsets.UTF_8));
        assertThat(again.dataset()).isEqualTo(first.dataset());
        assertThat(again.sha256()).isEqualTo(first.sha256());
    }

    @Test
    void leavesTheCanonicalJsonOfDatasetsWithoutTheNewFieldsAsItWas() throws Exception {
        String canonical = checker.check(Files.readAllBytes(Path.of("samples/minimal.json"))).canonicalJson();
        assertThat(canonical).doesNotContain("localKpis", "publication", "keyFindings");
    }

    @Test
    void collectsEveryProblemOfLocalKpisWithItsPointer() {
        List<Issue> errors = rejected("""
                "localKpis": [
                  {"code": "EC: ICT: ICT: 1C", "name": "x", "unit": "%", "dimension": "EC"},
                  {"code": "bad code!", "name": "x", "unit": "%", "dimension": "EC"},
                  {"code": "A-1", "name": "x", "unit": "%", "dimension": "Culture", "target": 5},
                  {"code": "a-1", "name": "x", "unit": "%", "dimension": "EN", "direction": "none"},
                  {"code": "B", "unit": "%", "dimension": "EN", "verified": true, "colour": "red",
                   "sdgGoals": [18, 3, 3], "target": 0, "direction": "higher"}]""");

        assertThat(errors).extracting(Issue::pointer, Issue::key).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("/localKpis/0/code", "local.code.u4ssc"),
                org.assertj.core.groups.Tuple.tuple("/localKpis/1/code", "local.code.malformed"),
                org.assertj.core.groups.Tuple.tuple("/localKpis/2/dimension", "local.dimension.unknown"),
                org.assertj.core.groups.Tuple.tuple("/localKpis/2/direction", "local.direction.missing"),
                org.assertj.core.groups.Tuple.tuple("/localKpis/3/code", "local.code.duplicate"),
                org.assertj.core.groups.Tuple.tuple("/localKpis/3/direction", "local.direction.unknown"),
                org.assertj.core.groups.Tuple.tuple("/localKpis/3/target", "local.target.missing"),
                org.assertj.core.groups.Tuple.tuple("/localKpis/4/colour", "field.unknown"),
                org.assertj.core.groups.Tuple.tuple("/localKpis/4/name", "field.missing"),
                org.assertj.core.groups.Tuple.tuple("/localKpis/4/target", "number.not-positive"),
                org.assertj.core.groups.Tuple.tuple("/localKpis/4/verified", "verified.not-reported"),
                org.assertj.core.groups.Tuple.tuple("/localKpis/4/sdgGoals/0", "sdg.unknown"),
                org.assertj.core.groups.Tuple.tuple("/localKpis/4/sdgGoals/2", "sdg.duplicate"));
    }

    @Test
    void refusesUnknownFieldsAndIncompleteEntriesInPublicationAndKeyFindings() {
        List<Issue> errors = rejected("""
                "findings": {"keyFindings": [{"finding": "F"}, "just text", {"finding": "F", "recommendation": "R", "x": 1}]},
                "publication": {"mayor": "M", "goals": [{"description": "no title"}], "projects": {"title": "P"}}""");

        assertThat(errors).extracting(Issue::pointer, Issue::key).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("/findings/keyFindings/0/recommendation", "field.missing"),
                org.assertj.core.groups.Tuple.tuple("/findings/keyFindings/1", "type.object"),
                org.assertj.core.groups.Tuple.tuple("/findings/keyFindings/2/x", "field.unknown"),
                org.assertj.core.groups.Tuple.tuple("/publication/mayor", "field.unknown"),
                org.assertj.core.groups.Tuple.tuple("/publication/goals/0/title", "field.missing"),
                org.assertj.core.groups.Tuple.tuple("/publication/projects", "type.array"));
    }

    @Test
    void refusesMoreLocalKpisThanTheLimit() {
        StringBuilder many = new StringBuilder("\"localKpis\": [");
        for (int i = 0; i <= DatasetReader.MAX_LOCAL_KPIS; i++) {
            many.append(i == 0 ? "" : ",").append("{\"code\": \"K").append(i)
                    .append("\", \"name\": \"n\", \"unit\": \"u\", \"dimension\": \"EC\"}");
        }
        assertThat(rejected(many.append("]").toString())).extracting(Issue::key).containsExactly("list.too-long");
    }

    @Test
    void theLumeriaSampleHasLocalKpisKeyFindingsAndPublicationTexts() throws Exception {
        Dataset d = checker.check(Files.readAllBytes(Path.of("samples/lumeria-2025.json"))).dataset();
        assertThat(d.localKpis()).hasSize(3).extracting(Dataset.LocalKpi::dimension).containsExactly("EC", "EN", "SC");
        assertThat(d.findings().keyFindings()).hasSize(3);
        assertThat(d.publication().goals()).isNotEmpty();
        assertThat(d.publication().projects()).isNotEmpty();
        assertThat(d.publication().acknowledgements()).isNotEmpty();
    }

    private DatasetChecker.Accepted accepted(String members) {
        return checker.check(("{" + BASE + ",\n" + members + "}").getBytes(StandardCharsets.UTF_8));
    }

    private List<Issue> rejected(String members) {
        DatasetRejectedException e = assertThrows(DatasetRejectedException.class,
                () -> checker.check(("{" + BASE + ",\n" + members + "}").getBytes(StandardCharsets.UTF_8)));
        for (Issue i : e.errors()) {
            assertThat(MESSAGES.has(i.key())).as(i.key()).isTrue();
            assertThat(MESSAGES.format(Locale.ENGLISH, i.key(), i.args())).doesNotContainPattern("\\{\\d+}");
        }
        return e.errors();
    }
}
