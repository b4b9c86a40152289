package org.kpidocs.http;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.kpidocs.document.DocumentLanguage;

/** The document language: {@code ?lang=} when given (and then it must be supported), else Accept-Language. */
final class Languages {

    private Languages() {
    }

    static DocumentLanguage resolve(String lang, HttpHeaders headers) {
        if (lang != null) {
            return DocumentLanguage.find(lang).orElseThrow(() -> new ProblemException(400, "invalid-parameter",
                    "lang", lang, String.join(", ", DocumentLanguage.tags())));
        }
        if (headers != null) {
            for (Locale l : headers.getAcceptableLanguages()) {
                var found = DocumentLanguage.find(l.toLanguageTag());
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        return DocumentLanguage.EN;
    }
}
