package org.kpidocs.render;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Our own texts are held against the font chain here, once, rather than at every render: every value
 * of every message bundle and every catalogue name file, in all six languages. A translator's emoji,
 * or a symbol none of the three families has, fails this test instead of a user's document. Whatever
 * the data model adds at render time is checked by {@link FontCoverage} then.
 */
class BundleCoverageTest {

    private static final FontCoverage COVERAGE = FontSet.load().coverage();

    /** Printed into PDFs: the document words and the KPI, category and dimension names. */
    private static final List<Path> PRINTED = List.of(Path.of("report-templates/messages"),
            Path.of("src/main/resources/catalogue"));
    /** Not printed with these fonts (JSON problems, Excel cells), but ours and kept printable all the same. */
    private static final List<Path> OTHER = List.of(Path.of("src/main/resources/messages"));

    @Test
    void everyBundleValueInEveryLanguageIsCoveredByTheFontChain() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : Stream.concat(PRINTED.stream(), OTHER.stream()).toList()) {
            try (Stream<Path> found = Files.walk(dir)) {
                files.addAll(found.filter(f -> f.toString().endsWith(".properties")).sorted().toList());
            }
        }
        // documents, api, workbook and kpi-names, each in six languages (English kpi names are in the CSV).
        assertThat(files).hasSizeGreaterThanOrEqualTo(23);

        List<String> problems = new ArrayList<>();
        int values = 0;
        for (Path file : files) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                values++;
                for (int c : COVERAGE.unprintable(p.getProperty(key))) {
                    problems.add(String.format("%s %s: \"%s\" U+%04X %s", file, key, Character.toString(c), c,
                            Character.getName(c)));
                }
            }
        }
        assertThat(values).isGreaterThan(3000);
        assertThat(problems).isEmpty();
    }

    @Test
    void theEnglishCatalogueNamesAreCoveredToo() throws IOException {
        String csv = Files.readString(Path.of("src/main/resources/catalogue/u4ssc-2022/u4ssc-kpis.csv"));
        assertThat(COVERAGE.unprintable(csv)).isEmpty();
    }

    @Test
    void theCheckWouldCatchATranslatorsEmoji() {
        assertThat(COVERAGE.unprintable("Rapport de vérification \uD83C\uDF89")).containsExactly(0x1F389);
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
