package org.kpidocs.catalogue;

/**
 * The target of one scorable item and where it comes from.
 *
 * @param item       the KPI or data point the target applies to
 * @param direction  which way is better
 * @param target     the target value in the item's unit; null when there is none (N/A)
 * @param unit       the unit the target is expressed in
 * @param basis      the public basis of the target, in words
 * @param sourceUrl  where the basis can be read; may be empty
 * @param confidence how the target was established
 * @param note       caveats; may be empty
 */
public record Benchmark(ItemRef item, Direction direction, Double target, String unit, String basis,
                        String sourceUrl, Confidence confidence, String note) {

    /** Whether the item can be scored: it has a target and a direction. */
    public boolean scorable() {
        return target != null && direction != Direction.NONE;
    }

    /** A copy with the dataset's own target (and optionally direction), marked as an override. */
    public Benchmark overriddenBy(Double newTarget, Direction newDirection) {
        return new Benchmark(item, newDirection, newTarget, unit,
                "Target set in the dataset (verifier's official value)", "", Confidence.OVERRIDE, "");
    }
}
