package org.kpidocs.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.kpidocs.catalogue.Direction;
import org.kpidocs.catalogue.ValueKind;

/** The share-of-target rules and the worked examples of the benchmarks reference. */
class ShareOfTargetTest {

    @Test
    void higherIsBetterIsValueOverTargetCappedAtOne() {
        assertThat(ShareOfTarget.of(97, Direction.HIGHER, 100, ValueKind.PERCENT)).isEqualTo(0.97);
        assertThat(ShareOfTarget.of(41.2, Direction.HIGHER, 30, ValueKind.PERCENT)).isEqualTo(1.0);
        assertThat(ShareOfTarget.of(0, Direction.HIGHER, 100, ValueKind.PERCENT)).isZero();
    }

    @Test
    void lowerIsBetterIsTargetOverValue() {
        // PM2.5 of 12 against the WHO 5: 41.7 % -> 2 points
        double pm25 = ShareOfTarget.of(12, Direction.LOWER, 5, ValueKind.NON_NEGATIVE);
        assertThat(pm25).isCloseTo(0.41667, within(1e-5));
        assertThat(Band.of(pm25).points()).isEqualTo(2);
        // unemployment 6 % against 4.8 %: 80 % -> 3 points
        double unemployment = ShareOfTarget.of(6, Direction.LOWER, 4.8, ValueKind.PERCENT);
        assertThat(unemployment).isCloseTo(0.8, within(1e-12));
        assertThat(Band.of(unemployment).points()).isEqualTo(3);
        // TTI 1.6 against 1.5: 93.8 % -> 3 points
        assertThat(Band.of(ShareOfTarget.of(1.6, Direction.LOWER, 1.5, ValueKind.NON_NEGATIVE)).points()).isEqualTo(3);
    }

    @Test
    void lowerIsBetterAtOrBelowTheTargetIsFullShare() {
        assertThat(ShareOfTarget.of(4, Direction.LOWER, 5, ValueKind.NON_NEGATIVE)).isEqualTo(1.0);
        assertThat(ShareOfTarget.of(0, Direction.LOWER, 5, ValueKind.NON_NEGATIVE)).isEqualTo(1.0);
    }

    @Test
    void lowerIsBetterWithTargetZeroUsesTheComplementForPercentages() {
        // informal settlements 8 % against 0 %: 92 % -> 3 points
        double share = ShareOfTarget.of(8, Direction.LOWER, 0, ValueKind.PERCENT);
        assertThat(share).isCloseTo(0.92, within(1e-12));
        assertThat(Band.of(share).points()).isEqualTo(3);
        assertThat(ShareOfTarget.of(0, Direction.LOWER, 0, ValueKind.PERCENT)).isEqualTo(1.0);
        assertThat(ShareOfTarget.of(100, Direction.LOWER, 0, ValueKind.PERCENT)).isZero();
        assertThatThrownBy(() -> ShareOfTarget.of(3, Direction.LOWER, 0, ValueKind.NON_NEGATIVE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rangeTakesTheSmallerRatioOnEitherSide() {
        // gender income ratio 0.9 against 1: 90 % -> 3 points
        assertThat(ShareOfTarget.of(0.9, Direction.RANGE, 1, ValueKind.NON_NEGATIVE)).isCloseTo(0.9, within(1e-12));
        assertThat(ShareOfTarget.of(1.25, Direction.RANGE, 1, ValueKind.NON_NEGATIVE)).isCloseTo(0.8, within(1e-12));
        assertThat(ShareOfTarget.of(0, Direction.RANGE, 1, ValueKind.NON_NEGATIVE)).isZero();
    }

    @Test
    void yesNoIsScoredAsHigherAgainstOne() {
        assertThat(Band.of(ShareOfTarget.of(1, Direction.HIGHER, 1, ValueKind.YES_NO)).points()).isEqualTo(4);
        assertThat(Band.of(ShareOfTarget.of(0, Direction.HIGHER, 1, ValueKind.YES_NO)).points()).isEqualTo(1);
    }

    @Test
    void exactBoundariesReachTheUpperBandDespiteFloatingPoint() {
        assertThat(Band.of(ShareOfTarget.of(33, Direction.HIGHER, 100, ValueKind.PERCENT)).points()).isEqualTo(2);
        assertThat(Band.of(ShareOfTarget.of(66, Direction.HIGHER, 100, ValueKind.PERCENT)).points()).isEqualTo(3);
        assertThat(Band.of(ShareOfTarget.of(95, Direction.HIGHER, 100, ValueKind.PERCENT)).points()).isEqualTo(4);
        // 0.1 + 0.2 style error: 3 * 0.11 / 1 is 0.33000000000000002 or 0.32999999999999996
        assertThat(Band.of(ShareOfTarget.of(3 * 0.11, Direction.HIGHER, 1, ValueKind.NON_NEGATIVE)).points())
                .isEqualTo(2);
        assertThat(Band.of(ShareOfTarget.of(5 / 0.95, Direction.LOWER, 5, ValueKind.NON_NEGATIVE)).points())
                .isEqualTo(4);
    }
}
