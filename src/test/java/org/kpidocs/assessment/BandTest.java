package org.kpidocs.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The band rule: lower bounds inclusive, unrounded, with a 1e-9 tolerance (benchmarks reference). */
class BandTest {

    @ParameterizedTest(name = "share {0} -> {1} points")
    @CsvSource({
        "0.0, 1", "0.2, 1", "0.3299999, 1", "0.33, 2", "0.3299999999999, 2",
        "0.5, 2", "0.6599999, 2", "0.66, 3", "0.6599999999999, 3",
        "0.9, 3", "0.9499999, 3", "0.95, 4", "0.9499999999999, 4", "1.0, 4"})
    void putsEveryBoundaryInTheUpperBand(double share, int points) {
        assertThat(Band.of(share).points()).isEqualTo(points);
    }

    @ParameterizedTest(name = "{0}/{1} points -> band {2}")
    @CsvSource({"9, 16, 33-66", "9, 12, 66-95", "4, 4, 95+", "1, 4, 0-33", "33, 100, 33-66", "66, 100, 66-95",
            "19, 20, 95+", "131, 400, 0-33"})
    void bandsAggregatePercentagesByTheSameRule(int points, int max, String band) {
        assertThat(Band.ofPoints(points, max).id()).isEqualTo(band);
    }
}
