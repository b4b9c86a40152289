package org.kpidocs.dataset;

import java.util.ArrayList;
import java.util.List;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.catalogue.DataPoint;
import org.kpidocs.catalogue.Kpi;

/**
 * The screening checks of the Verification Manual 2022 §6.1 that a dataset allows on its own: figures
 * the verifier should question, reported as warnings, never as refusals (the verifier judges data
 * "reasonable and plausible", not exact). A rate per 100 000 inhabitants inconsistent with its
 * numerator and the population is caught by two checks together: the reader's value-against-ratio
 * check (value.disagrees-with-ratio) and the population check here. The checks on changed
 * pre-calculated cells belong to the Excel template and run where it is read.
 */
final class Screening {

    /** Population and household figures may differ by up to 5 % across a submission (§6.1). */
    static final double POPULATION_TOLERANCE = 0.05;
    /** Denominators of the same base that differ by 10 % or more are questioned (§6.1). */
    static final double DENOMINATOR_TOLERANCE = 0.10;

    private static final String PER_INHABITANTS = "per 100 000 inhabitants";
    private static final String OF_HOUSEHOLDS = "% of households";
    private static final String OF_GDP = "% of city GDP";
    private static final String HECTARES_PER_INHABITANTS = "hectares per 100 000 inhabitants";

    private Screening() {
    }

    /** A measured item with where it sits in the submission. */
    private record Item(String pointer, String code, String unit, Dataset.Measurement m) {
    }

    static List<Issue> of(Dataset d, Catalogue catalogue) {
        List<Item> items = items(d, catalogue);
        List<Issue> warnings = new ArrayList<>();
        Dataset.City city = d.city();
        List<Item> perInhabitants = items.stream().filter(i -> i.unit().contains(PER_INHABITANTS)).toList();
        if (city.population() != null) {
            for (Item i : perInhabitants) {
                differs(i, city.population(), POPULATION_TOLERANCE, "screening.population-differs", warnings);
            }
        } else {
            denominatorsAgree(perInhabitants, warnings);
        }
        List<Item> perHousehold = items.stream().filter(i -> i.unit().startsWith(OF_HOUSEHOLDS)).toList();
        if (city.households() != null) {
            perHousehold.forEach(i -> differs(i, city.households(), POPULATION_TOLERANCE,
                    "screening.households-differ", warnings));
        } else {
            denominatorsAgree(perHousehold, warnings);
        }
        if (city.gdp() == null) {
            items.stream().filter(i -> i.unit().startsWith(OF_GDP) && i.m().reported()).findFirst()
                    .ifPresent(i -> warnings.add(Issue.of("/city/gdp", i.code(), "screening.gdp-missing", i.code())));
        }
        if (city.areaKm2() != null && city.population() != null) {
            for (Item i : items) {
                if (i.unit().startsWith(HECTARES_PER_INHABITANTS) && i.m().reported() && i.m().value() != null) {
                    double hectares = i.m().value() * city.population() / 100_000;
                    if (hectares > city.areaKm2() * 100) {
                        warnings.add(Issue.of(i.pointer() + "/value", i.code(), "screening.area-exceeded",
                                DatasetReader.plain(Math.round(hectares)), DatasetReader.plain(city.areaKm2())));
                    }
                }
            }
        }
        return warnings;
    }

    private static void differs(Item i, long expected, double tolerance, String key, List<Issue> warnings) {
        Double denominator = i.m().denominator();
        if (denominator != null && Math.abs(denominator - expected) > expected * tolerance) {
            warnings.add(Issue.of(i.pointer() + "/denominator", i.code(), key, DatasetReader.plain(denominator),
                    String.valueOf(expected)));
        }
    }

    /** Without a city figure to compare with, the denominators of one base must agree with each other. */
    private static void denominatorsAgree(List<Item> group, List<Issue> warnings) {
        List<Double> denominators = group.stream().map(i -> i.m().denominator()).filter(x -> x != null).sorted().toList();
        if (denominators.size() < 2) {
            return;
        }
        double median = denominators.get(denominators.size() / 2);
        for (Item i : group) {
            Double den = i.m().denominator();
            if (den != null && Math.abs(den - median) >= median * DENOMINATOR_TOLERANCE) {
                warnings.add(Issue.of(i.pointer() + "/denominator", i.code(), "screening.denominator-differs",
                        DatasetReader.plain(den), DatasetReader.plain(median)));
            }
        }
    }

    private static List<Item> items(Dataset d, Catalogue catalogue) {
        List<Item> items = new ArrayList<>();
        for (int k = 0; k < d.kpis().size(); k++) {
            Dataset.KpiEntry e = d.kpis().get(k);
            Kpi kpi = catalogue.find(e.code()).orElseThrow();
            if (!kpi.hasDataPoints()) {
                items.add(new Item("/kpis/" + k, e.code(), kpi.unit(), e.measurement()));
            }
            for (int p = 0; p < e.dataPoints().size(); p++) {
                Dataset.DataPointEntry dp = e.dataPoints().get(p);
                DataPoint def = kpi.dataPoint(dp.name()).orElseThrow();
                items.add(new Item("/kpis/" + k + "/dataPoints/" + p, e.code(), def.unit(), dp.measurement()));
            }
        }
        return items;
    }
}
