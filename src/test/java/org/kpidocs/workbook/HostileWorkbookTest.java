package org.kpidocs.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;

/** The workbook reader refuses every hostile or broken file with a reason a city can act on. */
class HostileWorkbookTest {

    private static Catalogue catalogue;
    private static BenchmarkSet benchmarks;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        catalogue = Catalogue.load();
        benchmarks = BenchmarkSet.load(catalogue);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name.replace(' ', '-') + ".xlsx"), bytes);
    }

    @Test
    void theUntamperedCopyThatTheCasesStartFromIsReadAsAValidWorkbook() throws IOException {
        byte[] template = WorkbookFixture.bytes(HostileWorkbooks.filled(catalogue, benchmarks));
        byte[] copy = HostileWorkbooks.rewrite(template, "xl/sharedStrings.xml", UnaryOperator.identity());

        WorkbookReader.Result result = new WorkbookReader(catalogue).read(write("copy", copy));

        assertThat(result.problems()).isEmpty();
        assertThat(result.json().at("/city/name").asText()).isEqualTo("Testville");
    }

    @Test
    void everyHostileOrBrokenFileIsRefusedWithAReason() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), HostileWorkbooks.SECRET);
        Map<String, byte[]> cases = HostileWorkbooks.all(catalogue, benchmarks, secret);
        Map<String, String> reasons = Map.ofEntries(
                Map.entry("zip bomb", "too large"),
                Map.entry("external entity", "damaged"),
                Map.entry("huge shared strings", "too large"),
                Map.entry("too many zip entries", "too large"),
                Map.entry("macro workbook", "macros"),
                Map.entry("encrypted workbook", "password"),
                Map.entry("legacy xls", ".xls"),
                Map.entry("CSV renamed", "not an Excel workbook"),
                Map.entry("PDF renamed", "it is a PDF"),
                Map.entry("truncated zip", "damaged"),
                Map.entry("empty", "empty"));
        assertThat(cases.keySet()).containsExactlyInAnyOrderElementsOf(reasons.keySet());

        WorkbookReader reader = new WorkbookReader(catalogue);
        Map<String, String> outcomes = new java.util.TreeMap<>();
        for (Map.Entry<String, byte[]> c : cases.entrySet()) {
            Path file = write(c.getKey(), c.getValue());
            try {
                WorkbookReader.Result result = reader.read(file);
                outcomes.put(c.getKey(), "ACCEPTED " + result.json());
            } catch (WorkbookUnreadableException e) {
                outcomes.put(c.getKey(), e.getMessage());
            }
        }
        assertThat(outcomes).allSatisfy((name, outcome) -> assertThat(outcome).as(name)
                .contains(reasons.get(name)).doesNotContain(HostileWorkbooks.SECRET));
    }

    @Test
    void aZipBombIsStoppedBeforeItIsInflated() throws IOException {
        byte[] bomb = HostileWorkbooks.zipBomb(WorkbookFixture.bytes(HostileWorkbooks.filled(catalogue, benchmarks)));
        assertThat(bomb.length).as("compressed size").isLessThan(1 << 20);

        assertThatThrownBy(() -> new WorkbookReader(catalogue).read(write("bomb", bomb)))
                .isInstanceOf(WorkbookUnreadableException.class)
                .hasMessageContaining("too large");
    }
}
