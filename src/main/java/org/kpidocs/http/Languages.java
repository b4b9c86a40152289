package org.kpidocs.http;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.kpidocs.document.DocumentLanguage;

/**
 * The language of a document: {@code ?lang=} when given (and then it must be one of the six), else
 * the first supported language of {@code Accept-Language}, else English; with the configured digits
 * for Arabic unless the tag chose some ({@code ar-u-nu-arab}).
 */
final class Languages {

    private final DocumentLanguage.Digits arabicDigits;

    Languages(DocumentLanguage.Digits arabicDigits) {
        this.arabicDigits = arabicDigits;
    }

    /** @throws ProblemException 400 naming the supported languages when {@code lang} is not one of them */
    DocumentLanguage resolve(String lang, HttpHeaders headers) {
        return pick(lang, headers).withDefaultDigits(arabicDigits);
    }

    private static DocumentLanguage pick(String lang, HttpHeaders headers) {
        if (lang != null) {
            return DocumentLanguage.find(lang).orElseThrow(() -> new ProblemException(400, "invalid-parameter",
                    "lang", lang, String.join(", ", DocumentLanguage.tags())));
        }
        return accepted(headers).orElse(DocumentLanguage.EN);
    }

    /** The first of {@code Accept-Language}'s languages (in preference order) that is one of the six. */
    static java.util.Optional<DocumentLanguage> accepted(HttpHeaders headers) {
        if (headers != null) {
            for (Locale l : headers.getAcceptableLanguages()) {
                var found = DocumentLanguage.find(l.toLanguageTag());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return java.util.Optional.empty();
    }
}
