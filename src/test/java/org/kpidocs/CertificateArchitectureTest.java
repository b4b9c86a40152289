package org.kpidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The package rules of the certificate feature, read from import lines as ArchitectureTest does. */
class CertificateArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/kpidocs");

    @Test
    void signingKnowsNothingOfTheProductButItsCommonHelpers() throws IOException {
        assertThat(imports("signing", "import org.kpidocs.")).allMatch(l -> l.contains("org.kpidocs.common."));
    }

    @Test
    void certificatesKnowNothingOfHttp() throws IOException {
        assertThat(imports("document/certificate", "import jakarta.ws.rs")).isEmpty();
        assertThat(imports("document/certificate", "import org.kpidocs.http")).isEmpty();
    }

    private static List<String> imports(String pkg, String prefix) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Files.readAllLines(f).stream().map(String::strip).filter(l -> l.startsWith(prefix))
                        .forEach(l -> found.add(f.getFileName() + ": " + l));
            }
        }
        return found;
    }
}
