package org.kpidocs.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The pooled score of a group (category, sub-dimension, dimension or the whole dataset): the sum of
 * the points of its scored items over 4 × their number. A group with nothing scored has no
 * percentage and no band (shown "N/A", never 0 %).
 *
 * @param points     points earned
 * @param maxPoints  4 × {@code scored}
 * @param scored     number of items (KPIs and data points) scored
 * @param percentage points / maxPoints × 100, unrounded; null when nothing was scored
 * @param band       the band of that percentage; null when nothing was scored
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Score(int points, int maxPoints, int scored, Double percentage, Band band) {

    static final Score NONE = new Score(0, 0, 0, null, null);

    static Score of(int points, int scored) {
        if (scored == 0) {
            return NONE;
        }
        int max = 4 * scored;
        return new Score(points, max, scored, points * 100.0 / max, Band.ofPoints(points, max));
    }

    Score plus(Score other) {
        return of(points + other.points, scored + other.scored);
    }
}
