package org.kpidocs.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pins the reference benchmark set to the benchmarks reference ("How the set was built"). */
class BenchmarkSetTest {

    private final Catalogue catalogue = Catalogue.load();
    private final BenchmarkSet benchmarks = BenchmarkSet.load(catalogue);

    @Test
    void coversEveryKpiAndDataPointOfTheCatalogue() {
        assertThat(benchmarks.all()).hasSize(91 + 28);
        assertThat(catalogue.items()).allSatisfy(item -> assertThat(benchmarks.find(item)).isPresent());
    }

    @Test
    void carriesTheThreeTargetsReadOnOfficialU4sscPages() {
        assertThat(target("EC: ICT: ICT: 2C")).isEqualTo(30.0);
        assertThat(target("EC: I: T: 5A")).isEqualTo(1.5);
        assertThat(target("SC: SH: SI: 1C")).isEqualTo(1.0);
        assertThat(benchmarks.all().stream().filter(b -> b.confidence() == Confidence.OFFICIAL && b.scorable()))
                .extracting(b -> b.item().toString())
                .containsExactlyInAnyOrder("EC: ICT: ICT: 2C", "EC: I: T: 5A", "SC: SH: SI: 1C");
    }

    @Test
    void leavesCountKpisWithoutABenchmark() {
        Benchmark wifi = benchmarks.find(ItemRef.parse("EC: ICT: ICT: 5C").orElseThrow()).orElseThrow();
        assertThat(wifi.scorable()).isFalse();
        assertThat(wifi.target()).isNull();
        assertThat(benchmarks.find(ItemRef.parse("EC: ICT: PS: 1A / number").orElseThrow()).orElseThrow().scorable())
                .isFalse();
    }

    @Test
    void recordsDirectionsIncludingLowerIsBetterAndRange() {
        Benchmark pm25 = benchmarks.find(ItemRef.parse("EN: EN: AQ: 1C / PM2.5").orElseThrow()).orElseThrow();
        assertThat(pm25.direction()).isEqualTo(Direction.LOWER);
        assertThat(pm25.target()).isEqualTo(5.0);
        assertThat(benchmarks.find(ItemRef.parse("SC: SH: SI: 1C").orElseThrow()).orElseThrow().direction())
                .isEqualTo(Direction.RANGE);
        assertThat(benchmarks.find(ItemRef.parse("SC: SH: SA: 6C").orElseThrow()).orElseThrow().direction())
                .isEqualTo(Direction.NONE);
    }

    @Test
    void marksProposedTargetsAsSuch() {
        assertThat(benchmarks.find(ItemRef.parse("EC: ICT: WS: 1C").orElseThrow()).orElseThrow().confidence())
                .isEqualTo(Confidence.PROPOSED);
        assertThat(benchmarks.all().stream().filter(b -> b.confidence() == Confidence.PROPOSED)).isNotEmpty();
    }

    @Test
    void scoresMultiPartKpisOnlyThroughTheirDataPoints() {
        for (Kpi kpi : catalogue.kpis()) {
            if (kpi.hasDataPoints()) {
                assertThat(benchmarks.find(ItemRef.of(kpi.code())).orElseThrow().target())
                        .as("KPI row of %s", kpi.code()).isNull();
            }
        }
    }

    private Double target(String code) {
        return benchmarks.find(ItemRef.parse(code).orElseThrow()).orElseThrow().target();
    }
}
