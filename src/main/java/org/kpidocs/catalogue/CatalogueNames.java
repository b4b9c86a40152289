package org.kpidocs.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names of the catalogue's dimensions, sub-dimensions, categories, KPIs and data points in a
 * document language. English comes from the catalogue itself ({@code u4ssc-kpis.csv}); every other
 * language from {@code catalogue/<version>/kpi-names_<lang>.properties}, where each name that is not
 * taken from an official ITU or U4SSC text carries a companion key {@code <key>.unofficial=true}.
 * Names only: codes, data point identifiers and everything the scoring matches on stay English.
 */
public final class CatalogueNames {

    private final Catalogue catalogue;
    private final Map<String, Names> byLanguage = new ConcurrentHashMap<>();

    public CatalogueNames(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The names in {@code locale}'s language; English (the catalogue's own names) when no file exists for it. */
    public Names in(Locale locale) {
        return byLanguage.computeIfAbsent(locale.getLanguage(), this::read);
    }

    /** Whether a translation file exists for the language of {@code locale} (English always has its names). */
    public boolean has(Locale locale) {
        return "en".equals(locale.getLanguage()) || resource(locale.getLanguage()) != null;
    }

    private String path(String language) {
        return "/catalogue/" + catalogue.version() + "/kpi-names_" + language + ".properties";
    }

    private InputStream resource(String language) {
        return CatalogueNames.class.getResourceAsStream(path(language));
    }

    private Names read(String language) {
        if ("en".equals(language)) {
            return new Names(catalogue, Map.of());
        }
        try (InputStream in = resource(language)) {
            if (in == null) {
                return new Names(catalogue, Map.of());
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new HashMap<>();
            p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
            return new Names(catalogue, Collections.unmodifiableMap(map));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path(language), e);
        }
    }

    /** The names of one language. Unknown codes give back what the caller passed in. */
    public static final class Names {
        private final Catalogue catalogue;
        private final Map<String, String> translated;

        Names(Catalogue catalogue, Map<String, String> translated) {
            this.catalogue = catalogue;
            this.translated = translated;
        }

        /** A dimension by code ({@code EC}) or English name. */
        public String dimension(String codeOrName) {
            return Dimension.find(codeOrName).map(d -> lookup("dimension." + d.code(), d.displayName()))
                    .orElse(codeOrName);
        }

        /** A sub-dimension by code ({@code ICT}) or English name. */
        public String subDimension(String codeOrName) {
            return SubDimension.find(codeOrName).map(s -> lookup("subdimension." + s.code(), s.displayName()))
                    .orElse(codeOrName);
        }

        /** A category by key ({@code I/WS}, {@link Category#key()}). */
        public String category(String key) {
            String english = catalogue.categories().stream().filter(c -> c.key().equals(key))
                    .map(Category::displayName).findFirst().orElse(key);
            return lookup("category." + key, english);
        }

        /** A KPI by code in any accepted spelling. */
        public String kpi(String code) {
            return catalogue.find(code).map(k -> lookup(k.code().compact(), k.name())).orElse(code);
        }

        /** A data point of a KPI, by its (English) identifier such as {@code PM2.5} or {@code Primary}. */
        public String dataPoint(String kpiCode, String dataPoint) {
            return catalogue.find(kpiCode).map(k -> lookup("datapoint." + k.code().compact() + "." + dataPoint, dataPoint))
                    .orElse(dataPoint);
        }

        /** Whether any name in this language is an unofficial translation (to be said in the methodology). */
        public boolean anyUnofficial() {
            return translated.keySet().stream().anyMatch(k -> k.endsWith(".unofficial"));
        }

        private String lookup(String key, String english) {
            return translated.getOrDefault(key, english);
        }
    }
}
