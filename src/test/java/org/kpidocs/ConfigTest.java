package org.kpidocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void servesOnPort8080OfLoopbackWithTheEmbeddedDatabaseByDefault() {
        Config c = Config.defaults();
        assertThat(c.port()).isEqualTo(8080);
        assertThat(c.host()).isEqualTo("127.0.0.1");
        assertThat(c.dataDir()).isEqualTo(Path.of("data"));
        assertThat(c.jdbcUrl()).startsWith("jdbc:h2:file:").contains(Path.of("data").toAbsolutePath().toString())
                .contains("MODE=PostgreSQL");
        assertThat(c.maxDatasetBytes()).isEqualTo(5L << 20);
        assertThat(c.maxWorkbookBytes()).isEqualTo(20L << 20);
    }

    @Test
    void takesTheWorkbookLimitWithinItsRange() {
        assertThat(Config.variable("maxWorkbookBytes")).isEqualTo("KPIDOCS_MAX_WORKBOOK_BYTES");
        assertThat(Config.fromEnvironment(Map.of("KPIDOCS_MAX_WORKBOOK_BYTES", "2048")).maxWorkbookBytes())
                .isEqualTo(2048L);
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("KPIDOCS_MAX_WORKBOOK_BYTES", "1023")))
                .hasMessageContaining("KPIDOCS_MAX_WORKBOOK_BYTES");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("KPIDOCS_MAX_WORKBOOK_BYTES", String.valueOf((1L << 30) + 1))))
                .hasMessageContaining("KPIDOCS_MAX_WORKBOOK_BYTES");
    }

    @Test
    void derivesEveryVariableNameByOneRule() {
        assertThat(Config.variable("port")).isEqualTo("KPIDOCS_PORT");
        assertThat(Config.variable("maxDatasetBytes")).isEqualTo("KPIDOCS_MAX_DATASET_BYTES");
        assertThat(Config.variable("dbUrl")).isEqualTo("KPIDOCS_DB_URL");
    }

    @Test
    void takesOverridesFromTheEnvironment() {
        Config c = Config.fromEnvironment(Map.of("KPIDOCS_PORT", "9090", "KPIDOCS_DATA_DIR", "/srv/kpidocs",
                "KPIDOCS_DB_URL", "jdbc:postgresql://db:5432/kpidocs", "KPIDOCS_DB_USER", "app",
                "KPIDOCS_MAX_DATASET_BYTES", "1048576", "PATH", "/usr/bin"));
        assertThat(c.port()).isEqualTo(9090);
        assertThat(c.dataDir()).isEqualTo(Path.of("/srv/kpidocs"));
        assertThat(c.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/kpidocs");
        assertThat(c.dbUser()).isEqualTo("app");
        assertThat(c.maxDatasetBytes()).isEqualTo(1_048_576L);
    }

    @Test
    void reportsEveryInvalidValueAtOnceNamingItsVariable() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("KPIDOCS_PORT", "eighty",
                "KPIDOCS_DB_POOL_SIZE", "0", "KPIDOCS_DB_URL", "mysql://x", "KPIDOCS_HOST", " ")))
                .isInstanceOf(Config.ConfigException.class)
                .hasMessageContaining("KPIDOCS_PORT=eighty: not a whole number; allowed: 0 to 65535")
                .hasMessageContaining("KPIDOCS_DB_POOL_SIZE=0: out of range; allowed: 1 to 200")
                .hasMessageContaining("KPIDOCS_DB_URL=mysql://x: not a supported JDBC URL")
                .hasMessageContaining("KPIDOCS_HOST= : must not be empty");
    }

    @Test
    void refusesUnknownSettingsSoThatATypoIsNotSilentlyIgnored() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("KPIDOCS_PROT", "9090")))
                .isInstanceOf(Config.ConfigException.class)
                .hasMessageContaining("KPIDOCS_PROT: unknown setting; known:")
                .hasMessageContaining("KPIDOCS_PORT");
    }

    @Test
    void neverPrintsTheDatabasePassword() {
        Config c = Config.fromEnvironment(Map.of("KPIDOCS_DB_PASSWORD", "s3cret",
                "KPIDOCS_DB_URL", "jdbc:postgresql://db/k?password=s3cret"));
        assertThat(c.toString()).doesNotContain("s3cret");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("KPIDOCS_DB_PASSWORD", "s3cret", "KPIDOCS_PORT", "x")))
                .hasMessageNotContaining("s3cret");
    }
}
