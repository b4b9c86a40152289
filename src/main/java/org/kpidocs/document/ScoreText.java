package org.kpidocs.document;

import org.kpidocs.assessment.Score;

/**
 * A pooled score as documents print it: points of maximum, percentage and band, or all null (N/A)
 * when nothing was scored.
 *
 * @param points     e.g. "43/64"
 * @param percentage e.g. "67.19 %"
 * @param band       band id for the bundle ({@code band.66-95}), null when not scored
 * @param css        the band's CSS class, {@code na} when not scored
 */
public record ScoreText(String points, String percentage, String band, String css) {

    public static ScoreText of(Score s, Formats f) {
        if (s.scored() == 0) {
            return new ScoreText(null, null, null, BandStyle.cssClass(null));
        }
        return new ScoreText(s.points() + "/" + s.maxPoints(), f.percent(s.percentage()), s.band().id(),
                BandStyle.cssClass(s.band()));
    }
}
