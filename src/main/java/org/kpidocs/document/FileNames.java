package org.kpidocs.document;

import java.text.Normalizer;
import java.util.Locale;

/**
 * File names for downloads: ASCII letters, digits and hyphens only, whatever the city is called
 * (names in other scripts are transliterated: "Москва" → Moskva, "北京" → bei-jing).
 */
public final class FileNames {

    /** ICU's transliteration to Latin, then to ASCII; thread-safe once built. */
    private static final com.ibm.icu.text.Transliterator TO_ASCII =
            com.ibm.icu.text.Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private FileNames() {
    }

    /**
     * As {@link #of(String, String, String, String)}, with the language for documents not in English:
     * U4SSC-Verification-Report-Lumeria-2025-11-fr.pdf, so that editions saved side by side differ.
     */
    public static String of(String kind, String city, String period, DocumentLanguage language, String extension) {
        return of(kind, city, DocumentLanguage.EN.tag().equals(language.tag()) ? period : period + "-" + language.tag(),
                extension);
    }

    /** {@code of("U4SSC-Verification-Report", "Ålesund", "2025-11", "pdf")} → U4SSC-Verification-Report-Alesund-2025-11.pdf */
    public static String of(String kind, String city, String period, String extension) {
        String latin;
        synchronized (TO_ASCII) {
            latin = TO_ASCII.transliterate(city);
        }
        String ascii = Normalizer.normalize(latin, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (ascii.isEmpty()) {
            ascii = "city";
        }
        if (ascii.length() > 60) {
            ascii = ascii.substring(0, 60);
        }
        return kind + "-" + ascii + "-" + period + "." + extension.toLowerCase(Locale.ROOT);
    }
}
