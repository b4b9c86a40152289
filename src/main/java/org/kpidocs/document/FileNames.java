package org.kpidocs.document;

import java.text.Normalizer;
import java.util.Locale;

/** File names for downloads: ASCII letters, digits and hyphens only, whatever the city is called. */
public final class FileNames {

    private FileNames() {
    }

    /** {@code of("U4SSC-Verification-Report", "Ålesund", "2025-11", "pdf")} → U4SSC-Verification-Report-Alesund-2025-11.pdf */
    public static String of(String kind, String city, String period, String extension) {
        String ascii = Normalizer.normalize(city, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
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
