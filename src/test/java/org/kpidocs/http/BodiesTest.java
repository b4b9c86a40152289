package org.kpidocs.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BodiesTest {

    @Test
    void spoolsABodyWithinTheLimitToATemporaryFile() throws Exception {
        Path file = Bodies.spool(new ByteArrayInputStream(new byte[100]), -1, 100);
        try {
            assertThat(Files.size(file)).isEqualTo(100);
        } finally {
            Bodies.delete(file);
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void refusesABodyOverTheLimitWhetherDeclaredOrNot() {
        assertThatThrownBy(() -> Bodies.spool(new ByteArrayInputStream(new byte[101]), -1, 100))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(413));
        assertThatThrownBy(() -> Bodies.spool(new ByteArrayInputStream(new byte[10]), 101, 100))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(413));
    }
}
