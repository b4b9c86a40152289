package org.kpidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kpidocs check FILE}: exit 0 valid, 1 invalid, 2 unusable, with every problem on stderr. */
class CheckCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void checksTheLumeriaSampleAndPrintsItsScores() {
        int exit = run("check", "samples/lumeria-2025.json");

        assertThat(exit).as("stderr: %s", err).isZero();
        assertThat(out.toString())
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
        assertThat(err.toString())
                .contains("/kpis/0/value")
                .contains("[EC: ICT: ICT: 1C]")
                .contains("The percentage 120 is outside 0 to 100")
                .contains("a number from 0 to 100 (%)")
                .contains("/kpis/1/value")
                .contains("Expected a yes/no answer, found \"yes\"")
                .contains("2 problem(s); not a valid dataset");
        assertThat(out.toString()).doesNotContain("Overall");
    }

    @Test
    void exitsTwoWhenTheFileDoesNotExist() {
        int exit = run("check", dir.resolve("missing.json").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("cannot read").contains("missing.json");
    }

    @Test
    void reportsMalformedJsonWithLineAndColumnAndExitsOne() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"city\": {\"name\": \"Testville\",\n  \"reportingYear\": }\n");

        int exit = run("check", file.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).containsPattern("broken\\.json:3:\\d+: malformed JSON: \\S+");
    }
}
