package org.kpidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The offline document commands refuse a dataset with characters none of the fonts has: the same
 * precise error as the API (place, character, code point), exit code 1, no stack trace, nothing written.
 */
class UnprintableTextCommandTest {

    private final Cli cli = new Cli();

    private static Path lumeriaWithEmoji(Path dir) throws IOException {
        Path file = dir.resolve("emoji.json");
        Files.writeString(file, Files.readString(Path.of("samples/lumeria-2025.json"))
                .replace("\"name\": \"Lumeria\"", "\"name\": \"Lumeria \uD83C\uDF0A\""));
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"report", "factsheet", "snapshot"})
    void aDocumentCommandPrintsEachCharacterWithItsPlaceAndExitsWithOne(String command, @TempDir Path dir)
            throws IOException {
        Path out = dir.resolve("out");

        assertThat(cli.run(command, lumeriaWithEmoji(dir).toString(), "-o", out.toString())).isEqualTo(1);

        assertThat(cli.err()).contains("kpidocs: The document cannot be printed",
                "/city/name (city): \"\uD83C\uDF0A\" U+1F30A WATER WAVE").doesNotContain("Exception", "\tat ");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).doesNotContain("out");
        }
    }

    @Test
    void theCertificateCommandToo(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");

        assertThat(cli.run("certificate", lumeriaWithEmoji(dir).toString(), "-o", out.toString(), "--date", "2026-01-15",
                "--key-dir", dir.resolve("keys").toString())).isEqualTo(1);

        assertThat(cli.err()).contains("city: \"\uD83C\uDF0A\" U+1F30A WATER WAVE").doesNotContain("\tat ");
        assertThat(out).satisfiesAnyOf(o -> assertThat(o).doesNotExist(), o -> assertThat(o).isEmptyDirectory());
    }
}
