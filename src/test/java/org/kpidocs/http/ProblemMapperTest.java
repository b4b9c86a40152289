package org.kpidocs.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.kpidocs.i18n.Messages;
import org.kpidocs.render.RenderException;

class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper(new Messages("messages/api"));

    @Test
    void answersARenderFailureWithAProblemAndAnErrorIdNotWithPartOfADocument() {
        Response r = mapper.toResponse(new RenderException("Layout of \"X\" failed: secret detail"));
        assertThat(r.getStatus()).isEqualTo(500);
        assertThat(r.getMediaType().toString()).isEqualTo("application/problem+json");
        Problem p = (Problem) r.getEntity();
        assertThat(p.type()).isEqualTo("urn:kpidocs:problem:render-failed");
        assertThat(p.errorId()).matches("[0-9a-f]{16}");
        assertThat(p.detail()).contains(p.errorId()).doesNotContain("secret detail");
    }

    @Test
    void answersAnythingUnexpectedWithAnInternalErrorProblem() {
        Problem p = (Problem) mapper.toResponse(new IllegalStateException("boom at org.kpidocs")).getEntity();
        assertThat(p.type()).isEqualTo("urn:kpidocs:problem:internal-error");
        assertThat(p.detail()).doesNotContain("boom");
    }
}
