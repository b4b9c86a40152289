package org.kpidocs.document;

/**
 * A CSS class of a document's stylesheet with its background and text colour as hex, e.g. the band
 * class {@code b3}. Templates print these as rules; colours never live in the templates themselves.
 */
public record CssColour(String css, String background, String text) {

    /** The class {@code css} filled with {@code fill} and labelled in black or white, whichever reads better. */
    public static CssColour of(String css, java.awt.Color fill) {
        return new CssColour(css, BandStyle.hex(fill), BandStyle.hex(BandStyle.textOn(fill)));
    }
}
