package org.kpidocs.render;

import java.util.Locale;

/**
 * A character of a document's text that no face of the font chain can print.
 *
 * @param field     where the document model holds the text, e.g. {@code city} or {@code results[2].categories[0].name}
 * @param codePoint the character
 * @param source    the JSON pointer of the source string it came from (e.g. {@code /city/name}), or null when
 *                  it was not traced to one
 * @param text      the whole text it stands in
 */
public record Uncovered(String field, int codePoint, String source, String text) {

    /** The character itself. */
    public String character() {
        return Character.toString(codePoint);
    }

    /** {@code U+1F600}: at least four hexadecimal digits, as Unicode writes code points. */
    public String codePointLabel() {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }

    /** The Unicode name, e.g. {@code GRINNING FACE}; {@code UNASSIGNED} for a code point Unicode has not assigned. */
    public String unicodeName() {
        String name = Character.getName(codePoint);
        return name == null ? "UNASSIGNED" : name;
    }

    /** Where to fix it: the source pointer when known, else the model field. */
    public String where() {
        return source != null ? source : field;
    }

    /** One line for logs and the command line: {@code /city/name (city): "😀" U+1F600 GRINNING FACE}. */
    @Override
    public String toString() {
        return (source != null ? source + " (" + field + ")" : field) + ": \"" + character() + "\" "
                + codePointLabel() + " " + unicodeName();
    }
}
