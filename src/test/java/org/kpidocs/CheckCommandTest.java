package org.kpidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kpidocs check FILE}: exit 0 valid, 1 invalid, 2 unusable, with every problem on stderr. */
class CheckCommandTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void checksTheLumeriaSampleAndPrintsItsScores() {
        int exit = run("check", "samples/lumeria-2025.json");

        assertThat(exit).as("stderr: %s", cli.err()).isZero();
        assertThat(cli.out())
                .contains("valid dataset for Lumeria, Portugal, 2025")
                .contains("KPIs reported")
                .containsPattern("(?m)^\\s+Overall\\s+\\S+");
    }

    @Test
    void printsEveryProblemOfAnInvalidFileWithPointerAndEnglishTextAndExitsOne() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {"city": {"name": "Testville", "country": "Norway"},
                 "reportingYear": 2025,
                 "kpis": [{"code": "EC: ICT: ICT: 1C", "value": 120},
                          {"code": "SC: SH: SA: 3A", "value": "yes"}]}""");

        int exit = run("check", file.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err())
                .contains("/kpis/0/value")
                .contains("[EC: ICT: ICT: 1C]")
                .contains("The percentage 120 is outside 0 to 100")
                .contains("a number from 0 to 100 (%)")
                .contains("/kpis/1/value")
                .contains("Expected a yes/no answer, found \"yes\"")
                .contains("2 problem(s); not a valid dataset");
        assertThat(cli.out()).doesNotContain("Overall");
    }

    @Test
    void exitsTwoWhenTheFileDoesNotExist() {
        int exit = run("check", dir.resolve("missing.json").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).contains("cannot read").contains("missing.json");
    }

    @Test
    void reportsMalformedJsonWithLineAndColumnAndExitsOne() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"city\": {\"name\": \"Testville\",\n  \"reportingYear\": }\n");

        int exit = run("check", file.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).containsPattern("broken\\.json:3:\\d+: malformed JSON: \\S+");
    }
}
