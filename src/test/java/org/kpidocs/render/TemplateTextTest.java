package org.kpidocs.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps every visible word of the documents in the message bundles, so that a translation is a matter
 * of message files only (after Petclinic's I18nPropertiesSyncTest).
 */
class TemplateTextTest {

    private static final Path TEMPLATES = Path.of("report-templates");

    @Test
    void templatesHoldNoLiteralWords() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path t : templates()) {
            String text = Files.readString(t)
                    .replaceAll("(?s)<#--.*?-->", " ")
                    .replaceAll("(?s)<style>.*?</style>", " ")
                    .replaceAll("(?s)\\$\\{.*?}", " ")
                    .replaceAll("(?s)</?[#@][^>]*>", " ")
                    .replaceAll("(?s)<[^>]*>", " ")
                    .replaceAll("&#?[A-Za-z0-9]+;", " ");
            Matcher m = Pattern.compile("\\p{L}{2,}").matcher(text);
            while (m.find()) {
                found.add(TEMPLATES.relativize(t) + ": " + m.group());
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyMessageKeyATemplateNamesExistsInTheBundle() throws IOException {
        Properties bundle = bundle();
        Set<String> missing = new TreeSet<>();
        int keys = 0;
        for (Path t : templates()) {
            Matcher m = Pattern.compile("msg\\(\"([a-z0-9.-]+)\"\\s*[,)]").matcher(Files.readString(t));
            while (m.find()) {
                keys++;
                if (!bundle.containsKey(m.group(1))) {
                    missing.add(m.group(1));
                }
            }
        }
        assertThat(keys).as("message keys found in templates").isGreaterThan(50);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyBuiltAtRunTimeHasItsText() throws IOException {
        Properties bundle = bundle();
        for (String band : List.of("0-33", "33-66", "66-95", "95+")) {
            assertThat(bundle).containsKey("band." + band);
        }
        for (String status : List.of("not-reported", "not-verified", "no-benchmark", "scored-by-data-points")) {
            assertThat(bundle).containsKey("report.status." + status);
        }
        for (String section : List.of("s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "audit", "policy",
                "improvement")) {
            assertThat(bundle).containsKey("report." + section + ".title");
        }
    }

    @Test
    void everyFactsheetAndSnapshotKeyBuiltAtRunTimeHasItsText() throws IOException {
        Properties bundle = bundle();
        List<String> keys = new ArrayList<>();
        for (String status : List.of("not-reported", "not-verified", "no-benchmark")) {
            keys.add("factsheet.status." + status);
        }
        for (String fact : List.of("region", "population", "area", "households", "gdp", "income", "inflation")) {
            keys.add("factsheet.profile." + fact);
        }
        for (String row : List.of("core", "advanced", "all")) {
            keys.add("factsheet.s1.row." + row);
            keys.add("snapshot.headline.row." + row);
        }
        keys.add("factsheet.goals.goals");
        keys.add("factsheet.goals.projects");
        for (int goal = 1; goal <= 17; goal++) {
            keys.add("sdg." + goal);
        }
        assertThat(keys).allSatisfy(k -> assertThat(bundle).containsKey(k));
    }

    private static Properties bundle() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(TEMPLATES.resolve("messages/documents.properties"))) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> list = files.filter(f -> f.toString().endsWith(".ftlx")).sorted().toList();
            assertThat(list).isNotEmpty();
            return list;
        }
    }
}
