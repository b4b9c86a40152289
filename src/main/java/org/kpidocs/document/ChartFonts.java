package org.kpidocs.document;

import java.util.Locale;
import org.kpidocs.chart.FontChain;
import org.kpidocs.render.FontSet;

/**
 * The fonts a document's charts are written in: the same chain as the document's text
 * ({@link FontSet#families}), tried in order for each character, and the document's writing direction.
 * Chinese documents put Noto Sans SC first (it has Latin letters and digits too, so most labels are one
 * run in one font), Arabic ones Noto Sans Arabic; the others Noto Sans.
 */
public final class ChartFonts {

    private ChartFonts() {
    }

    /** The chain for a document in {@code language}. */
    public static FontChain of(DocumentLanguage language) {
        return new FontChain(FontSet.families(language.locale()), language.rightToLeft());
    }

    /** The chain for a document whose locale is {@code locale}; English's for a language not offered. */
    public static FontChain of(Locale locale) {
        return of(DocumentLanguage.find(locale.toLanguageTag()).orElse(DocumentLanguage.EN));
    }
}
