package org.kpidocs.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.i18n.Messages;

/** The screening checks of Verification Manual 2022 §6.1, as warnings on otherwise valid datasets. */
class ScreeningTest {

    private static final Catalogue CATALOGUE = Catalogue.load();
    private static final DatasetChecker CHECKER = new DatasetChecker(CATALOGUE, BenchmarkSet.load(CATALOGUE));
    private static final Messages MESSAGES = new Messages("messages/api");

    private static List<Issue> screen(String city, String kpis) {
        String json = "{\"city\": {\"name\": \"Testville\", \"country\": \"Norway\"" + city + "}, \"reportingYear\": 2025,"
                + " \"kpis\": [" + kpis + "]}";
        return CHECKER.check(json.getBytes(StandardCharsets.UTF_8)).warnings().stream()
                .filter(i -> i.key().startsWith("screening.")).toList();
    }

    @Test
    void questionsADenominatorThatDiffersFromThePopulationByMoreThanFivePercent() {
        List<Issue> w = screen(", \"population\": 240000",
                "{\"code\": \"SC: EH: H: 3C\", \"numerator\": 900, \"denominator\": 260000},"
                        + "{\"code\": \"SC: EH: H: 4A\", \"numerator\": 900, \"denominator\": 250000}");
        assertThat(w).singleElement().satisfies(i -> {
            assertThat(i.key()).isEqualTo("screening.population-differs");
            assertThat(i.pointer()).isEqualTo("/kpis/0/denominator");
            assertThat(i.kpi()).isEqualTo("SC: EH: H: 3C");
            assertThat(i.args()).containsExactly("260000", "240000");
        });
    }

    @Test
    void questionsHouseholdDenominatorsAgainstTheCityProfile() {
        List<Issue> w = screen(", \"households\": 100000",
                "{\"code\": \"EC: I: WS: 1C\", \"numerator\": 90000, \"denominator\": 120000},"
                        + "{\"code\": \"EC: I: WS: 4C\", \"numerator\": 90000, \"denominator\": 104000}");
        assertThat(w).extracting(Issue::key).containsExactly("screening.households-differ");
        assertThat(w.get(0).kpi()).isEqualTo("EC: I: WS: 1C");
    }

    @Test
    void questionsDenominatorsOfOneBaseThatDisagreeByTenPercentWhenTheProfileHasNoFigure() {
        List<Issue> w = screen("",
                "{\"code\": \"SC: EH: H: 3C\", \"numerator\": 900, \"denominator\": 240000},"
                        + "{\"code\": \"SC: EH: H: 4A\", \"numerator\": 900, \"denominator\": 241000},"
                        + "{\"code\": \"SC: SH: SA: 9C\", \"numerator\": 5, \"denominator\": 216000}");
        assertThat(w).extracting(Issue::key).containsExactly("screening.denominator-differs");
        assertThat(w.get(0).kpi()).isEqualTo("SC: SH: SA: 9C");
    }

    @Test
    void leavesBirthBasedRatesOutOfThePopulationCheck() {
        assertThat(screen(", \"population\": 240000",
                "{\"code\": \"SC: EH: H: 2C\", \"numerator\": 1, \"denominator\": 2500}")).isEmpty();
    }

    @Test
    void questionsARateInconsistentWithItsNumeratorAndThePopulation() {
        // 800 / 160 000 x 100 000 = 500 agrees with its own denominator, not with the city's 200 000.
        List<Issue> w = screen(", \"population\": 200000",
                "{\"code\": \"SC: EH: H: 3C\", \"value\": 500, \"numerator\": 800, \"denominator\": 160000}");
        assertThat(w).extracting(Issue::key).containsExactly("screening.population-differs");
        assertThat(CHECKER.check(("{\"city\": {\"name\": \"T\", \"country\": \"N\", \"population\": 160000},"
                + " \"reportingYear\": 2025, \"kpis\": [{\"code\": \"SC: EH: H: 3C\", \"value\": 400,"
                + " \"numerator\": 800, \"denominator\": 160000}]}").getBytes(StandardCharsets.UTF_8)).warnings())
                .extracting(Issue::key).containsExactly("value.disagrees-with-ratio");
    }

    @Test
    void questionsAShareOfGdpWithoutTheCitysGdp() {
        assertThat(screen("", "{\"code\": \"EC: P: IN: 1C\", \"value\": 2.1}"))
                .extracting(Issue::key, Issue::pointer).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "screening.gdp-missing", "/city/gdp"));
    }

    @Test
    void questionsAGreenAreaLargerThanTheCity() {
        List<Issue> w = screen(", \"population\": 100000, \"areaKm2\": 10",
                "{\"code\": \"EN: EN: PSN: 1C\", \"value\": 1500}");
        assertThat(w).extracting(Issue::key).containsExactly("screening.area-exceeded");
        assertThat(w.get(0).args()).containsExactly("1500", "10");
    }

    @Test
    void findsNothingToQuestionInTheConsistentSample() throws Exception {
        byte[] sample = Files.readAllBytes(Path.of("samples/lumeria-2025.json"));
        assertThat(CHECKER.check(sample).warnings()).noneMatch(i -> i.key().startsWith("screening."));
    }

    @Test
    void everyScreeningWarningHasItsTexts() {
        for (String key : List.of("population-differs", "households-differ", "denominator-differs",
                "gdp-missing", "area-exceeded")) {
            assertThat(MESSAGES.has("screening." + key)).as(key).isTrue();
            assertThat(MESSAGES.has("screening." + key + ".allowed")).as(key).isTrue();
        }
    }
}
