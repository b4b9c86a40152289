package org.kpidocs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.dataset.Dataset;
import org.kpidocs.dataset.DatasetChecker;

/** The files under samples/ are what new users try first, so they must stay valid and complete. */
class SampleDatasetsTest {

    private static final Catalogue CATALOGUE = Catalogue.load();
    private static final BenchmarkSet BENCHMARKS = BenchmarkSet.load(CATALOGUE);
    private static final Path LUMERIA = Path.of("samples/lumeria-2025.json");
    private static final Path MINIMAL = Path.of("samples/minimal.json");

    private final DatasetChecker checker = new DatasetChecker(CATALOGUE, BENCHMARKS);

    @Test
    void lumeriaIsAValidDatasetForLumeria2025() throws IOException {
        DatasetChecker.Accepted accepted = checker.check(Files.readAllBytes(LUMERIA));

        assertThat(accepted.dataset().city().name()).isEqualTo("Lumeria");
        assertThat(accepted.dataset().city().country()).isEqualTo("Portugal");
        assertThat(accepted.dataset().reportingYear()).isEqualTo(2025);
        assertThat(accepted.dataset().verification()).isNotNull();
        assertThat(accepted.dataset().benchmarkOverrides()).containsOnlyKeys("EC: ICT: ICT: 2C");
    }

    @Test
    void lumeriaNamesEveryCatalogueCodeExactlyOnceAsWrittenInTheCatalogue() throws IOException {
        JsonNode kpis = new ObjectMapper().readTree(LUMERIA.toFile()).get("kpis");
        List<String> written = new ArrayList<>();
        kpis.forEach(k -> written.add(k.get("code").asText()));
        List<String> catalogue = CATALOGUE.kpis().stream().map(k -> k.code().toString()).toList();

        assertThat(catalogue).hasSize(91);
        assertThat(written).hasSize(91).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(catalogue);

        Dataset dataset = checker.check(Files.readAllBytes(LUMERIA)).dataset();
        assertThat(dataset.kpis()).extracting(Dataset.KpiEntry::code).containsExactlyInAnyOrderElementsOf(catalogue);
    }

    @Test
    void lumeriaHasReportedButUnverifiedKpis() throws IOException {
        Dataset dataset = checker.check(Files.readAllBytes(LUMERIA)).dataset();

        List<String> unverified = dataset.kpis().stream()
                .filter(k -> k.dataPoints().isEmpty() && k.measurement().reported() && !k.measurement().verified())
                .map(Dataset.KpiEntry::code).toList();
        assertThat(unverified).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void lumeriaHasNotReportedKpis() throws IOException {
        Dataset dataset = checker.check(Files.readAllBytes(LUMERIA)).dataset();

        List<String> notReported = dataset.kpis().stream().filter(k -> !k.measurement().reported())
                .map(Dataset.KpiEntry::code).toList();
        assertThat(notReported).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void lumeriaHasPartiallyReportedKpisWithDataPoints() throws IOException {
        Dataset dataset = checker.check(Files.readAllBytes(LUMERIA)).dataset();

        List<String> partial = dataset.kpis().stream()
                .filter(k -> k.dataPoints().stream().anyMatch(p -> p.measurement().reported())
                        && (k.dataPoints().stream().anyMatch(p -> !p.measurement().reported())
                        || k.dataPoints().size() < CATALOGUE.find(k.code()).orElseThrow().dataPoints().size()))
                .map(Dataset.KpiEntry::code).toList();
        assertThat(partial).hasSizeGreaterThanOrEqualTo(3)
                .contains("EN: EN: AQ: 1C", "EN: EN: WS: 4C", "EC: I: T: 4A");
    }

    @Test
    void minimalIsAValidDataset() throws IOException {
        DatasetChecker.Accepted accepted = checker.check(Files.readAllBytes(MINIMAL));

        assertThat(accepted.dataset().city().name()).isEqualTo("Minimal Town");
        assertThat(accepted.dataset().kpis()).extracting(Dataset.KpiEntry::code)
                .containsExactly("EC: ICT: ICT: 1C", "EC: ICT: ICT: 4C");
        assertThat(accepted.warnings()).isEmpty();
    }
}
