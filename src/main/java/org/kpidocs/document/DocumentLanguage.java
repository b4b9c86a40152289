package org.kpidocs.document;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages documents are available in. The UN works in six; a language is listed here once its
 * document texts are complete in the message bundles.
 */
public enum DocumentLanguage {
    EN("en", false);

    private final String tag;
    private final boolean rightToLeft;

    DocumentLanguage(String tag, boolean rightToLeft) {
        this.tag = tag;
        this.rightToLeft = rightToLeft;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** {@code rtl} or {@code ltr}, for the root element's {@code dir}. */
    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    /** The language for a tag such as {@code en} or {@code en-GB}; empty when it is not supported. */
    public static Optional<DocumentLanguage> find(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return Arrays.stream(values()).filter(l -> l.tag.equals(language)).findFirst();
    }

    /** The tags of all supported languages, e.g. for an error message. */
    public static List<String> tags() {
        return Arrays.stream(values()).map(DocumentLanguage::tag).toList();
    }
}
