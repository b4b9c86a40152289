package org.kpidocs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code kpidocs bench}: only its argument checks; the figures themselves are read, never asserted. */
class BenchCommandTest {

    private final Cli cli = new Cli();

    @Test
    void refusesAnUnknownDocumentNamingTheOnesItMeasures() {
        assertThat(cli.run("bench", "--document", "certificate", "--no-chromium")).isEqualTo(2);
        assertThat(cli.err()).contains("unknown --document 'certificate'", "report, factsheet, snapshot");
    }

    @Test
    void listsTheDocumentOptionInItsHelp() {
        assertThat(cli.run("bench", "--help")).isEqualTo(0);
        assertThat(cli.out()).contains("--document", "report, factsheet or snapshot");
    }
}
