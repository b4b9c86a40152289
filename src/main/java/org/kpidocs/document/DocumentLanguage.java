package org.kpidocs.document;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A language a document is written in: one of the six official languages of the UN, with its
 * writing direction and the digits its numbers are printed with. Arabic documents print Latin digits
 * (the CLDR default for {@code ar}) or Arabic-Indic ones, as the service is configured or as the
 * request asks with a BCP 47 extension ({@code ar-u-nu-arab}, {@code ar-u-nu-latn}).
 */
public final class DocumentLanguage {

    /** The digits numbers are printed with. */
    public enum Digits {
        /** 0123456789, the default of every language. */
        LATIN("latn", "decimal"),
        /** ٠١٢٣٤٥٦٧٨٩, offered for Arabic only. */
        ARABIC_INDIC("arab", "arabic-indic");

        private final String numberingSystem;
        private final String counterStyle;

        Digits(String numberingSystem, String counterStyle) {
            this.numberingSystem = numberingSystem;
            this.counterStyle = counterStyle;
        }

        /** The Unicode numbering system ({@code -u-nu-…}). */
        public String numberingSystem() {
            return numberingSystem;
        }

        /** The CSS counter style page numbers use, so that they match the text's digits. */
        public String counterStyle() {
            return counterStyle;
        }

        static Optional<Digits> of(String numberingSystem) {
            for (Digits d : values()) {
                if (d.numberingSystem.equals(numberingSystem)) {
                    return Optional.of(d);
                }
            }
            return Optional.empty();
        }
    }

    public static final DocumentLanguage EN = new DocumentLanguage("en", false, null);
    public static final DocumentLanguage FR = new DocumentLanguage("fr", false, null);
    public static final DocumentLanguage ES = new DocumentLanguage("es", false, null);
    public static final DocumentLanguage RU = new DocumentLanguage("ru", false, null);
    public static final DocumentLanguage ZH = new DocumentLanguage("zh", false, null);
    public static final DocumentLanguage AR = new DocumentLanguage("ar", true, null);

    /** In the order the UN lists its languages (alphabetical in English), English first as the source. */
    private static final List<DocumentLanguage> ALL = List.of(EN, AR, ZH, FR, RU, ES);

    private final String tag;
    private final boolean rightToLeft;
    /** Explicitly chosen digits; null means "the configured default". */
    private final Digits digits;

    private DocumentLanguage(String tag, boolean rightToLeft, Digits digits) {
        this.tag = tag;
        this.rightToLeft = rightToLeft;
        this.digits = digits;
    }

    /** The language subtag: {@code en}, {@code ar} … (also the {@code lang} attribute of the document). */
    public String tag() {
        return tag;
    }

    /** The locale for words, numbers and dates, with the numbering system when one was chosen. */
    public Locale locale() {
        return digits == null ? Locale.forLanguageTag(tag)
                : new Locale.Builder().setLanguage(tag).setUnicodeLocaleKeyword("nu", digits.numberingSystem()).build();
    }

    /** The digits numbers are printed with. */
    public Digits digits() {
        return digits == null ? Digits.LATIN : digits;
    }

    /**
     * This language with {@code configured} digits, unless the request chose some; Arabic-Indic
     * digits apply to Arabic only.
     */
    public DocumentLanguage withDefaultDigits(Digits configured) {
        if (digits != null || configured == null || (configured == Digits.ARABIC_INDIC && !rightToLeft)) {
            return this;
        }
        return new DocumentLanguage(tag, rightToLeft, configured);
    }

    /** {@code rtl} or {@code ltr}, for the root element's {@code dir}. */
    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    /**
     * The language for a tag such as {@code fr}, {@code fr-CA}, {@code zh-Hans-CN} or
     * {@code ar-u-nu-arab}; empty when the language is not one of the six.
     */
    public static Optional<DocumentLanguage> find(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        Locale locale = Locale.forLanguageTag(tag.strip().replace('_', '-'));
        String language = locale.getLanguage();
        Optional<DocumentLanguage> base = ALL.stream().filter(l -> l.tag.equals(language)).findFirst();
        String nu = locale.getUnicodeLocaleType("nu");
        if (base.isEmpty() || nu == null) {
            return base;
        }
        return Digits.of(nu).filter(d -> d == Digits.LATIN || base.get().rightToLeft)
                .map(d -> new DocumentLanguage(language, base.get().rightToLeft, d))
                .or(() -> base);
    }

    /** The tags of all supported languages, e.g. for an error message. */
    public static List<String> tags() {
        return ALL.stream().map(DocumentLanguage::tag).toList();
    }

    /** All supported languages. */
    public static List<DocumentLanguage> all() {
        return ALL;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentLanguage other && tag.equals(other.tag) && digits() == other.digits();
    }

    @Override
    public int hashCode() {
        return Objects.hash(tag, digits());
    }

    @Override
    public String toString() {
        return locale().toLanguageTag();
    }
}
