package org.kpidocs.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One message bundle, formatted with {@link MessageFormat}. Arguments are passed as ready-made
 * strings so that numbers echo exactly what the user sent.
 */
public final class Messages {

    /** Falls back along the requested locale only, never to the JVM's default locale. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;

    /** @param baseName classpath bundle name, e.g. {@code messages/api} */
    public Messages(String baseName) {
        this.baseName = baseName;
        ResourceBundle.getBundle(baseName, Locale.ROOT); // fail at start-up, not on the first error
    }

    /** The message for {@code key} in {@code locale}, falling back to English, then to the key itself. */
    public String format(Locale locale, String key, List<String> args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(baseName, locale, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key + (args.isEmpty() ? "" : " " + args);
        }
        return new MessageFormat(pattern, locale).format(args.toArray());
    }

    public String format(Locale locale, String key, String... args) {
        return format(locale, key, List.of(args));
    }

    /** Whether the bundle defines {@code key} (for tests that keep code and bundle in step). */
    public boolean has(String key) {
        return ResourceBundle.getBundle(baseName, Locale.ROOT).containsKey(key);
    }
}
