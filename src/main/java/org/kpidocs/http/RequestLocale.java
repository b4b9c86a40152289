package org.kpidocs.http;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.kpidocs.document.DocumentLanguage;

/**
 * The language a response is worded in: the first of {@code Accept-Language}'s languages that the
 * service speaks (the six UN languages), else English.
 */
final class RequestLocale {

    private RequestLocale() {
    }

    static Locale of(HttpHeaders headers) {
        return Languages.accepted(headers).map(DocumentLanguage::locale).orElse(Locale.ENGLISH);
    }
}
