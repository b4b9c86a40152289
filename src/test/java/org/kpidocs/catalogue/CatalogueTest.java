package org.kpidocs.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins the structure of the catalogue to the published counts (domain reference §2.1). */
class CatalogueTest {

    private final Catalogue catalogue = Catalogue.load();

    @Test
    void holds91KpisWithUniqueCodes() {
        assertThat(catalogue.kpis()).hasSize(91);
        assertThat(catalogue.kpis().stream().map(Kpi::code).distinct()).hasSize(91);
        assertThat(catalogue.version()).isEqualTo("u4ssc-2022");
    }

    @Test
    void countsKpisPerDimensionAsPublished() {
        Map<Dimension, Long> counts = catalogue.kpis().stream()
                .collect(Collectors.groupingBy(Kpi::dimension, Collectors.counting()));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
                Dimension.ECONOMY, 45L, Dimension.ENVIRONMENT, 17L, Dimension.SOCIETY_AND_CULTURE, 29L));
    }

    @Test
    void countsKpisPerSubDimensionAsPublished() {
        Map<SubDimension, Long> counts = catalogue.kpis().stream()
                .collect(Collectors.groupingBy(Kpi::subDimension, Collectors.counting()));
        assertThat(counts).hasSize(7).containsExactlyInAnyOrderEntriesOf(Map.of(
                SubDimension.ICT, 17L, SubDimension.PRODUCTIVITY, 7L, SubDimension.INFRASTRUCTURE, 21L,
                SubDimension.ENVIRONMENT, 13L, SubDimension.ENERGY, 4L,
                SubDimension.EDUCATION_HEALTH_CULTURE, 12L, SubDimension.SAFETY_HOUSING_SOCIAL_INCLUSION, 17L));
    }

    @Test
    void has22CategoryNamesIn27SubDimensionCategoryPairs() {
        assertThat(catalogue.categories()).hasSize(27);
        assertThat(catalogue.categories().stream().map(Category::displayName).distinct()).hasSize(22);
        assertThat(catalogue.categories().stream().map(Category::key).distinct()).hasSize(27);
    }

    @Test
    void splitsCoreAndAdvancedAs55And36() {
        assertThat(catalogue.kpis().stream().filter(k -> k.type() == KpiType.CORE)).hasSize(55);
        assertThat(catalogue.kpis().stream().filter(k -> k.type() == KpiType.ADVANCED)).hasSize(36);
    }

    @Test
    void placesElectronicHealthRecordsInHealthDespiteItsEducationCode() {
        Kpi ehr = catalogue.find("SC: EH: ED: 5A").orElseThrow();
        assertThat(ehr.name()).isEqualTo("Electronic Health Records");
        assertThat(ehr.category().displayName()).isEqualTo("Health");
        assertThat(ehr.category().key()).isEqualTo("EH/H");
        assertThat(kpisIn("EH/ED")).isEqualTo(4);
        assertThat(kpisIn("EH/H")).isEqualTo(6);
    }

    @Test
    void keepsSameNamedCategoriesOfDifferentSubDimensionsApart() {
        assertThat(kpisIn("ICT/WS")).isEqualTo(2);
        assertThat(kpisIn("I/WS")).isEqualTo(5);
        assertThat(kpisIn("EN/WS")).isEqualTo(4);
    }

    @Test
    void listsTheDataPointsOfMultiPartKpisWithTheirUnits() {
        Kpi air = catalogue.find("EN: EN: AQ: 1C").orElseThrow();
        assertThat(air.dataPoints()).extracting(DataPoint::name).containsExactly("PM10", "PM2.5", "NO2", "SO2", "O3");
        assertThat(air.dataPoint("pm2.5")).map(DataPoint::unit).contains("µg/m3 annual mean");
        assertThat(catalogue.find("EC: I: T: 4A").orElseThrow().dataPoint("Para-Transport")).isPresent();
        assertThat(catalogue.find("EC: I: UP: 2A").orElseThrow().dataPoints())
                .allMatch(d -> d.valueKind() == ValueKind.YES_NO);
        assertThat(catalogue.kpis().stream().filter(Kpi::hasDataPoints)).hasSize(7);
        assertThat(catalogue.items()).hasSize(91 - 7 + 28);
    }

    @Test
    void recordsCellsTheSourceMarksInferred() {
        Kpi tourism = catalogue.find("EC: P: EM: 3A").orElseThrow();
        assertThat(tourism.inferred().type()).isTrue();
        assertThat(tourism.type()).isEqualTo(KpiType.ADVANCED);
        Kpi housing = catalogue.find("SC: SH: HO: 2A").orElseThrow();
        assertThat(housing.inferred().name()).isTrue();
        assertThat(housing.name()).isEqualTo("Expenditure of Income on Housing");
        Kpi internet = catalogue.find("EC: ICT: ICT: 1C").orElseThrow();
        assertThat(internet.inferred()).isEqualTo(new Kpi.Inferred(false, false, false, false));
        assertThat(internet.nature()).isEqualTo(KpiNature.SMART);
        assertThat(internet.sdgTargets()).containsExactly("17.8");
        assertThat(internet.evidence()).isEqualTo(Evidence.A);
    }

    @Test
    void knowsTheSecondTypeLabelOnlyWhereAnOfficialPageGivesIt() {
        long known = catalogue.kpis().stream().filter(k -> k.nature() != null).count();
        assertThat(known).isEqualTo(32);
        assertThat(catalogue.find("SC: SH: SA: 9C").orElseThrow().nature()).isEqualTo(KpiNature.STRUCTURAL);
        assertThat(catalogue.find("EC: I: T: 5A").orElseThrow().nature()).isEqualTo(KpiNature.SUSTAINABLE);
        assertThat(catalogue.find("EC: P: IN: 2C").orElseThrow().nature()).isNull();
    }

    @Test
    void derivesValueKindAndScaleFromTheUnit() {
        assertThat(catalogue.find("EC: ICT: ICT: 1C").orElseThrow().valueKind()).isEqualTo(ValueKind.PERCENT);
        assertThat(catalogue.find("EC: ICT: ICT: 1C").orElseThrow().scale()).isEqualTo(100);
        Kpi physicians = catalogue.find("SC: EH: H: 3C").orElseThrow();
        assertThat(physicians.valueKind()).isEqualTo(ValueKind.NON_NEGATIVE);
        assertThat(physicians.scale()).isEqualTo(100_000);
        assertThat(catalogue.find("SC: SH: SI: 2C").orElseThrow().valueKind()).isEqualTo(ValueKind.FRACTION);
        assertThat(catalogue.find("SC: SH: SA: 3A").orElseThrow().valueKind()).isEqualTo(ValueKind.YES_NO);
        assertThat(catalogue.find("EC: I: T: 5A").orElseThrow().scale()).isEqualTo(1);
    }

    @Test
    void findsKpisByAnyAcceptedSpellingOfTheCode() {
        assertThat(catalogue.find("EC-ICT-ICT-1C")).isPresent();
        assertThat(catalogue.find("sc: eh: ed:1c")).map(k -> k.code().toString()).contains("SC: EH: ED: 1C");
        assertThat(catalogue.find("EC: ICT: ICT: 9C")).isEmpty();
        assertThat(catalogue.find("nonsense")).isEmpty();
    }

    private long kpisIn(String categoryKey) {
        return catalogue.kpis().stream().filter(k -> k.category().key().equals(categoryKey)).count();
    }
}
