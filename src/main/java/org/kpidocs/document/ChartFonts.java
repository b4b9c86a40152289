package org.kpidocs.document;

import java.util.List;
import java.util.Locale;
import org.kpidocs.chart.FontChain;

/**
 * The fonts a document's charts are written in: the families every document embeds
 * ({@code render.FontSet}), tried in order for each character, and the document's writing direction.
 * Chinese documents put Noto Sans SC first (it has Latin letters and digits too, so most labels are
 * one run in one font, as in the document's own text); the others put Noto Sans first.
 */
public final class ChartFonts {

    static final String LATIN = "Noto Sans";
    static final String ARABIC = "Noto Sans Arabic";
    static final String CHINESE = "Noto Sans SC";

    private ChartFonts() {
    }

    /** The chain for a document in {@code language}. */
    public static FontChain of(DocumentLanguage language) {
        List<String> families = language.tag().equals("zh") ? List.of(CHINESE, LATIN, ARABIC)
                : List.of(LATIN, ARABIC, CHINESE);
        return new FontChain(families, language.rightToLeft());
    }

    /** The chain for a document whose locale is {@code locale}; English's for a language not offered. */
    public static FontChain of(Locale locale) {
        return of(DocumentLanguage.find(locale.toLanguageTag()).orElse(DocumentLanguage.EN));
    }
}
