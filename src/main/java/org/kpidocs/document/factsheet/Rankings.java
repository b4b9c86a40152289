package org.kpidocs.document.factsheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kpidocs.assessment.Assessment;
import org.kpidocs.assessment.Assessment.CategoryResult;
import org.kpidocs.assessment.Assessment.DimensionResult;
import org.kpidocs.assessment.Assessment.SubDimensionResult;

/**
 * The strongest and weakest categories of an assessment, by pooled score. Only scored categories
 * take part. Ties are broken by the number of items scored (more evidence first), then by catalogue
 * order, so the choice is stable. The weakest never repeat a strongest one, so a dataset with five
 * scored categories shows three strongest and two weakest. The rule is this product's: U4SSC
 * documents name no such ranking.
 */
final class Rankings {

    /** A scored category with where it sits in the catalogue. */
    record Ranked(DimensionResult dimension, SubDimensionResult subDimension, CategoryResult category, int order,
                  boolean ambiguousName) {
        double percentage() {
            return category.score().percentage();
        }
    }

    private Rankings() {
    }

    /** Every scored category in catalogue order. */
    static List<Ranked> scored(Assessment a) {
        Map<String, Long> names = a.dimensions().stream().flatMap(d -> d.subDimensions().stream())
                .flatMap(s -> s.categories().stream())
                .collect(Collectors.groupingBy(CategoryResult::name, Collectors.counting()));
        List<Ranked> result = new ArrayList<>();
        int order = 0;
        for (DimensionResult d : a.dimensions()) {
            for (SubDimensionResult s : d.subDimensions()) {
                for (CategoryResult c : s.categories()) {
                    if (c.score().scored() > 0) {
                        result.add(new Ranked(d, s, c, order, names.get(c.name()) > 1));
                    }
                    order++;
                }
            }
        }
        return result;
    }

    static List<Ranked> strongest(Assessment a, int n) {
        return scored(a).stream().sorted(Comparator.comparingDouble(Ranked::percentage).reversed()
                .thenComparing(byEvidenceThenOrder())).limit(n).toList();
    }

    static List<Ranked> weakest(Assessment a, int n) {
        List<Ranked> strongest = strongest(a, n);
        return scored(a).stream().filter(r -> strongest.stream().noneMatch(s -> s.order() == r.order()))
                .sorted(Comparator.comparingDouble(Ranked::percentage).thenComparing(byEvidenceThenOrder()))
                .limit(n).toList();
    }

    private static Comparator<Ranked> byEvidenceThenOrder() {
        Function<Ranked, Integer> scored = r -> r.category().score().scored();
        return Comparator.comparing(scored).reversed().thenComparingInt(Ranked::order);
    }
}
