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
    void benchLanguagesPrintsEverySixLanguagesMedianAndItsRatioToEnglish() {
        assertThat(cli.run("bench-languages", "--dataset", "samples/minimal.json", "--document", "snapshot",
                "--warmup", "0", "--runs", "1")).as(cli.err()).isEqualTo(0);
        assertThat(cli.out()).contains("median ms", "ratio", "goal <= 1.5x en");
        for (String lang : new String[] {"en ", "ar ", "zh ", "fr ", "ru ", "es "}) {
            assertThat(cli.out()).containsPattern("(?m)^" + lang + "\\s+\\d+\\s+\\d+\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+x");
        }
        assertThat(cli.out()).containsPattern("(?m)^en .* 1\\.00x  met");
    }

    @Test
    void benchLanguagesRefusesAnUnknownDocument() {
        assertThat(cli.run("bench-languages", "--document", "certificate")).isEqualTo(2);
        assertThat(cli.err()).contains("report, factsheet, snapshot");
    }

    @Test
    void listsTheDocumentOptionInItsHelp() {
        assertThat(cli.run("bench", "--help")).isEqualTo(0);
        assertThat(cli.out()).contains("--document", "report, factsheet or snapshot");
    }
}
