package org.kpidocs.assessment;

import org.kpidocs.catalogue.Direction;
import org.kpidocs.catalogue.ValueKind;

/**
 * The share of its target a value achieves, from 0 to 1. U4SSC publishes the bands but not how the
 * share is computed when lower is better; these rules are the ones proposed in the benchmarks
 * reference ("Scoring rule"), marked proposed wherever the method is printed:
 * <ul>
 *   <li>higher: value / target, capped at 1; a value of 0 or less is 0;</li>
 *   <li>lower: target / value, capped at 1 (at or below the target is 1);</li>
 *   <li>lower with target 0, percentages only: (100 − value) / 100, the share free of the condition
 *       ("complement rule");</li>
 *   <li>range: the smaller of value / target and target / value;</li>
 *   <li>yes/no: yes = 1, no = 0, scored as higher against 1.</li>
 * </ul>
 */
final class ShareOfTarget {

    private ShareOfTarget() {
    }

    /**
     * @param direction must not be {@link Direction#NONE}
     * @param target    must be positive except for lower-is-better percentages, where 0 is allowed
     */
    static double of(double value, Direction direction, double target, ValueKind kind) {
        return switch (direction) {
            case HIGHER -> value <= 0 ? 0 : Math.min(value / target, 1);
            case LOWER -> lower(value, target, kind);
            case RANGE -> value <= 0 ? 0 : Math.min(value / target, target / value);
            case NONE -> throw new IllegalArgumentException("An item without direction has no share of target");
        };
    }

    private static double lower(double value, double target, ValueKind kind) {
        if (target == 0) {
            if (kind != ValueKind.PERCENT) {
                throw new IllegalArgumentException("Target 0 for lower-is-better is defined for percentages only");
            }
            return Math.max(0, Math.min(1, (100 - value) / 100));
        }
        return value <= target ? 1 : target / value;
    }
}
