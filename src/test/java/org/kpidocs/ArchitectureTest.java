package org.kpidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package rules of the design: the domain knows nothing of HTTP, storage or documents, and
 * only {@code http} talks JAX-RS. Reads import lines, as Petclinic's file-scanning tests do.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/kpidocs");

    @Test
    void catalogueDependsOnNothingElseOfTheProduct() throws IOException {
        assertThat(violations("catalogue", "org.kpidocs.", "org.kpidocs.catalogue.")).isEmpty();
    }

    @Test
    void domainPackagesKnowNothingOfHttpStorageOrDocuments() throws IOException {
        for (String pkg : List.of("catalogue", "dataset", "assessment", "auth", "job")) {
            assertThat(violations(pkg, "jakarta.ws.rs", null)).as(pkg).isEmpty();
            assertThat(violations(pkg, "org.glassfish", null)).as(pkg).isEmpty();
            assertThat(violations(pkg, "org.kpidocs.http", null)).as(pkg).isEmpty();
            assertThat(violations(pkg, "freemarker", null)).as(pkg).isEmpty();
            assertThat(violations(pkg, "com.openhtmltopdf", null)).as(pkg).isEmpty();
        }
        assertThat(violations("assessment", "org.kpidocs.storage", null)).isEmpty();
        assertThat(violations("dataset", "org.kpidocs.assessment", null)).isEmpty();
    }

    @Test
    void theRenderEngineKnowsNothingOfKpisDatasetsOrHttp() throws IOException {
        for (String forbidden : List.of("org.kpidocs.catalogue", "org.kpidocs.dataset", "org.kpidocs.assessment",
                "org.kpidocs.http", "org.kpidocs.document", "jakarta.ws.rs")) {
            assertThat(violations("render", forbidden, null)).as(forbidden).isEmpty();
        }
    }

    @Test
    void storageKnowsNothingOfTheDomain() throws IOException {
        assertThat(violations("storage", "org.kpidocs.", null)).isEmpty();
    }

    @Test
    void onlyTheHttpPackageImportsJaxRs() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (!f.startsWith(MAIN.resolve("http")) && Files.readString(f).contains("import jakarta.ws.rs")) {
                    found.add(f.toString());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /** Import lines of {@code pkg} that start with {@code forbidden} and not with {@code allowed}. */
    private static List<String> violations(String pkg, String forbidden, String allowed) throws IOException {
        List<String> found = new ArrayList<>();
        Path dir = MAIN.resolve(pkg);
        assertThat(dir).isDirectory();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    String l = line.strip();
                    if (l.startsWith("import ") && l.contains(" " + forbidden)
                            && (allowed == null || !l.contains(" " + allowed))) {
                        found.add(f.getFileName() + ": " + l);
                    }
                }
            }
        }
        return found;
    }
}
