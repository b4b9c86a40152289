package org.kpidocs.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kpidocs.assessment.Assessment;
import org.kpidocs.assessment.Assessor;
import org.kpidocs.assessment.LocalAssessment;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.chart.Segment;
import org.kpidocs.chart.Sunburst;
import org.kpidocs.dataset.Dataset;
import org.kpidocs.dataset.DatasetChecker;

/** The wheel with local KPIs, and the SDG goals and colours of the documents. */
class WheelsAndSdgsTest {

    private static final Catalogue CATALOGUE = Catalogue.load();
    private static final BenchmarkSet BENCHMARKS = BenchmarkSet.load(CATALOGUE);

    @Test
    void addsALocalCategoryPerDimensionWithoutChangingTheDimensionsBand() throws Exception {
        Dataset d = new DatasetChecker(CATALOGUE, BENCHMARKS)
                .check(Files.readAllBytes(Path.of("samples/lumeria-2025.json"))).dataset();
        Assessor assessor = new Assessor(CATALOGUE, BENCHMARKS);
        Assessment a = assessor.assess("x", 1, d);
        LocalAssessment local = assessor.assessLocal(d);
        Sunburst plain = Wheels.of(a);
        Sunburst withLocal = Wheels.of(a, local, "Local KPIs", n -> "Local: " + n);

        assertThat(withLocal.rings().get(0).segments()).extracting(Segment::fill)
                .containsExactlyElementsOf(plain.rings().get(0).segments().stream().map(Segment::fill).toList());
        assertThat(withLocal.rings().get(1).segments()).filteredOn(s -> s.label().equals("Local KPIs")).hasSize(3);
        assertThat(withLocal.rings().get(2).segments()).extracting(Segment::label)
                .contains("Local: Protected cycle lanes", "Local: Bathing sites rated excellent",
                        "Local: Waiting time for social housing");
        assertThat(withLocal.rings().get(2).segments()).hasSize(plain.rings().get(2).segments().size() + 3);
        double plainTotal = plain.rings().get(0).segments().stream().mapToDouble(Segment::weight).sum();
        assertThat(withLocal.rings().get(0).segments().stream().mapToDouble(Segment::weight).sum()).isEqualTo(plainTotal + 3);
    }

    @Test
    void readsEachKpisGoalsFromItsSdgTargets() {
        assertThat(Sdgs.goals(CATALOGUE.find("EC: ICT: ICT: 2C").orElseThrow())).containsExactly(17);
        assertThat(Sdgs.goals(CATALOGUE.find("EC: ICT: ICT: 3C").orElseThrow())).containsExactly(9, 17);
        assertThat(Sdgs.inferred(CATALOGUE.find("EC: ICT: ICT: 3C").orElseThrow())).isTrue();
        long withGoals = CATALOGUE.kpis().stream().filter(k -> !Sdgs.goals(k).isEmpty()).count();
        assertThat(withGoals).isEqualTo(81);
    }

    @Test
    void usesTheSdgColoursOfTheUnGuidelines() {
        assertThat(BandStyle.hex(Sdgs.colour(1))).isEqualTo("#E5243B");
        assertThat(BandStyle.hex(Sdgs.colour(11))).isEqualTo("#FD9D24");
        assertThat(BandStyle.hex(Sdgs.colour(17))).isEqualTo("#19486A");
        assertThat(Sdgs.palette()).hasSize(17).extracting(CssColour::css).startsWith("sdg1").endsWith("sdg17");
    }
}
