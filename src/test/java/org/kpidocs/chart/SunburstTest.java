package org.kpidocs.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SunburstTest {

    static final Style STYLE = new Style("Noto Sans", Color.WHITE, 1, Color.WHITE);

    static Ring ring(LabelMode mode, double... weights) {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            segments.add(new Segment("S" + i, weights[i], Color.GRAY));
        }
        return new Ring(segments, 1, mode);
    }

    @Test
    void acceptsRingsWithEqualTotals() {
        Sunburst s = new Sunburst("City", List.of(ring(LabelMode.NONE, 1, 2), ring(LabelMode.NONE, 0.5, 0.5, 2)), STYLE);
        assertThat(s.rings()).hasSize(2);
    }

    @Test
    void acceptsTotalsThatDifferOnlyByRounding() {
        double third = 1.0 / 3;
        assertThat(new Sunburst("", List.of(ring(LabelMode.NONE, 1), ring(LabelMode.NONE, third, third, third)), STYLE))
                .isNotNull();
    }

    @Test
    void rejectsRingsWithUnequalTotals() {
        List<Ring> rings = List.of(ring(LabelMode.NONE, 1, 2), ring(LabelMode.NONE, 1, 1));
        assertThatThrownBy(() -> new Sunburst("City", rings, STYLE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Ring 1")
                .hasMessageContaining("same total");
    }

    @Test
    void rejectsASunburstWithoutRings() {
        assertThatThrownBy(() -> new Sunburst("City", List.of(), STYLE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one ring");
    }

    @Test
    void rejectsARingWithoutSegments() {
        assertThatThrownBy(() -> new Ring(List.of(), 1, LabelMode.RADIAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one segment");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsAWeightThatIsNotPositiveAndFinite(double weight) {
        assertThatThrownBy(() -> new Segment("Water", weight, Color.RED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"Water\"")
                .hasMessageContaining("positive");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.5, Double.NaN})
    void rejectsAThicknessThatIsNotPositive(double thickness) {
        List<Segment> segments = List.of(new Segment("A", 1, Color.RED));
        assertThatThrownBy(() -> new Ring(segments, thickness, LabelMode.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("thickness");
    }

    @Test
    void rejectsABlankFontFamilyAndANegativeOutlineWidth() {
        assertThatThrownBy(() -> new Style(" ", Color.WHITE, 1, Color.WHITE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("font family");
        assertThatThrownBy(() -> new Style("Noto Sans", Color.WHITE, -1, Color.WHITE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outline width");
    }

    @Test
    void copiesItsListsSoLaterChangesDoNotLeakIn() {
        List<Segment> segments = new ArrayList<>(List.of(new Segment("A", 1, Color.RED)));
        Ring ring = new Ring(segments, 1, LabelMode.NONE);
        segments.add(new Segment("B", 1, Color.BLUE));
        List<Ring> rings = new ArrayList<>(List.of(ring));
        Sunburst s = new Sunburst("", rings, STYLE);
        rings.clear();

        assertThat(ring.segments()).hasSize(1);
        assertThat(s.rings()).hasSize(1);
        assertThatThrownBy(() -> s.rings().add(ring)).isInstanceOf(UnsupportedOperationException.class);
    }
}
