package org.kpidocs.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every translation of a message bundle has exactly the keys English has, with the same placeholders:
 * a key added in English without its translations, or a translation that drops {@code {1}}, fails here.
 */
class TranslationsTest {

    private static final List<String> LANGUAGES = List.of("fr", "es", "ru", "zh", "ar");
    private static final List<Path> BUNDLES = List.of(Path.of("report-templates/messages/documents"),
            Path.of("src/main/resources/messages/api"), Path.of("src/main/resources/messages/workbook"));
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern.replaceAll("'\\{'|'}'", ""));
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyTranslationHasEveryEnglishKeyAndItsPlaceholders() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path bundle : BUNDLES) {
            Properties english = load(Path.of(bundle + ".properties"));
            for (String lang : LANGUAGES) {
                Path file = Path.of(bundle + "_" + lang + ".properties");
                Properties translated = load(file);
                Set<String> missing = new TreeSet<>(english.stringPropertyNames());
                missing.removeAll(translated.stringPropertyNames());
                Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
                extra.removeAll(english.stringPropertyNames());
                if (!missing.isEmpty()) {
                    problems.add(file + " lacks " + missing);
                }
                if (!extra.isEmpty()) {
                    problems.add(file + " has keys English has not: " + extra);
                }
                for (String key : english.stringPropertyNames()) {
                    String t = translated.getProperty(key);
                    if (t != null && !placeholders(t).equals(placeholders(english.getProperty(key)))) {
                        problems.add(file + " " + key + ": placeholders " + placeholders(t) + " instead of "
                                + placeholders(english.getProperty(key)));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
