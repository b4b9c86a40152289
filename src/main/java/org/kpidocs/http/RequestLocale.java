package org.kpidocs.http;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language a response is worded in, from {@code Accept-Language}; English by default. */
final class RequestLocale {

    private RequestLocale() {
    }

    static Locale of(HttpHeaders headers) {
        if (headers == null || headers.getAcceptableLanguages().isEmpty()) {
            return Locale.ENGLISH;
        }
        Locale first = headers.getAcceptableLanguages().get(0);
        return "*".equals(first.getLanguage()) ? Locale.ENGLISH : first;
    }
}
