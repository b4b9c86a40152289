package org.kpidocs.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The catalogue's names in each document language: complete, and marked when unofficial. */
class CatalogueNamesTest {

    private static final Catalogue CATALOGUE = Catalogue.load();
    private static final CatalogueNames NAMES = new CatalogueNames(CATALOGUE);

    private static Properties file(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CatalogueNames.class.getResourceAsStream(
                "/catalogue/u4ssc-2022/kpi-names_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Every key a name is looked up by, for the whole catalogue. */
    private static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            keys.add("dimension." + d.code());
        }
        for (SubDimension s : SubDimension.values()) {
            keys.add("subdimension." + s.code());
        }
        CATALOGUE.categories().forEach(c -> keys.add("category." + c.key()));
        for (Kpi k : CATALOGUE.kpis()) {
            keys.add(k.code().compact());
            k.dataPoints().forEach(p -> keys.add("datapoint." + k.code().compact() + "." + p.name()));
        }
        return keys;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "es", "ru", "zh", "ar"})
    void everyCatalogueNameHasATranslationAndEachUnofficialOneIsMarked(String lang) throws IOException {
        Properties p = file(lang);
        List<String> keys = keys();
        assertThat(keys).hasSizeGreaterThan(91 + 22);
        assertThat(keys.stream().filter(k -> !p.containsKey(k))).as("names missing in kpi-names_%s", lang).isEmpty();
        assertThat(p.stringPropertyNames().stream().filter(k -> !k.endsWith(".unofficial") && !keys.contains(k)))
                .as("names of nothing in the catalogue").isEmpty();
        // No official translation was available (TRANSLATIONS.md): every name must say so.
        assertThat(keys.stream().filter(k -> !"true".equals(p.getProperty(k + ".unofficial"))))
                .as("names not marked unofficial").isEmpty();
        assertThat(NAMES.in(Locale.forLanguageTag(lang)).anyUnofficial()).isTrue();
    }

    @Test
    void namesAreLookedUpByCodeInTheDocumentLanguageAndEnglishComesFromTheCatalogue() {
        CatalogueNames.Names en = NAMES.in(Locale.ENGLISH);
        CatalogueNames.Names fr = NAMES.in(Locale.FRENCH);
        assertThat(en.kpi("EC: ICT: ICT: 1C")).isEqualTo("Household Internet Access");
        assertThat(fr.kpi("EC: ICT: ICT: 1C")).isNotEqualTo("Household Internet Access").isNotBlank();
        assertThat(fr.kpi("ec-ict-ict-1c")).isEqualTo(fr.kpi("EC: ICT: ICT: 1C"));
        assertThat(en.dimension("EC")).isEqualTo("Economy");
        assertThat(fr.dimension("Economy")).isEqualTo("Économie");
        assertThat(en.category("I/WS")).isEqualTo("Water and Sanitation");
        assertThat(fr.subDimension("ICT")).isEqualTo("TIC");
        assertThat(en.dataPoint("EN: EN: AQ: 1C", "PM2.5")).isEqualTo("PM2.5");
        assertThat(en.anyUnofficial()).isFalse();
        // Unknown codes come back as given rather than failing a document.
        assertThat(fr.kpi("XX: 9")).isEqualTo("XX: 9");
    }

    @Test
    void arabicTextsCarryNoHarakatTheRendererCannotPosition() throws IOException {
        // stack reference §3: openhtmltopdf shapes Arabic with ICU presentation forms and does not
        // position combining marks; they would print beside their letters.
        Properties names = file("ar");
        Properties words = new Properties();
        try (var in = java.nio.file.Files.newInputStream(
                java.nio.file.Path.of("report-templates/messages/documents_ar.properties"))) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> marked = new ArrayList<>();
        for (Properties p : List.of(names, words)) {
            p.forEach((k, v) -> {
                if (v.toString().codePoints().anyMatch(c -> c >= 0x064B && c <= 0x0652 || c == 0x0670)) {
                    marked.add(k + "=" + v);
                }
            });
        }
        assertThat(marked).isEmpty();
    }
}
