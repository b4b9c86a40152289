package org.kpidocs.workbook;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.catalogue.CatalogueNames;
import org.kpidocs.document.DocumentLanguage;

/**
 * The blank Data Collection Template in each of the six languages, each generated on its first
 * request (about a quarter of a second) and then kept: at most six small files, so the cache needs
 * no bound. The digits a language was asked with do not matter: the workbook's numbers are Excel's
 * to format, so {@code ar} and {@code ar-u-nu-arab} share one template.
 */
public final class DataCollectionTemplates {

    private final Catalogue catalogue;
    private final BenchmarkSet benchmarks;
    private final CatalogueNames names;
    private final Map<String, DataCollectionTemplate> byLanguage = new ConcurrentHashMap<>();

    public DataCollectionTemplates(Catalogue catalogue, BenchmarkSet benchmarks) {
        this.catalogue = catalogue;
        this.benchmarks = benchmarks;
        this.names = new CatalogueNames(catalogue);
    }

    /** The template in {@code language}, generated now if it is the first time. */
    public DataCollectionTemplate in(DocumentLanguage language) {
        DocumentLanguage base = DocumentLanguage.find(language.tag()).orElseThrow();
        return byLanguage.computeIfAbsent(base.tag(),
                tag -> DataCollectionTemplate.generate(catalogue, benchmarks, base, names));
    }
}
