package org.kpidocs.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.kpidocs.i18n.Messages;
import org.kpidocs.render.DocumentTooLongException;
import org.kpidocs.render.RenderException;
import org.kpidocs.render.RenderRefusedException;

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

    @Test
    void answersABusyOrSlowRendererWith503AndRetryAfterAndATooLongDocumentWith422() throws Exception {
        var constructor = RenderRefusedException.class.getDeclaredConstructor(RenderRefusedException.Reason.class, long.class);
        constructor.setAccessible(true);
        Response busy = mapper.toResponse(constructor.newInstance(RenderRefusedException.Reason.BUSY, 7L));
        Response slow = mapper.toResponse(constructor.newInstance(RenderRefusedException.Reason.TIMED_OUT, 3L));

        assertThat(busy.getStatus()).isEqualTo(503);
        assertThat(busy.getHeaderString("Retry-After")).isEqualTo("7");
        assertThat(((Problem) busy.getEntity()).type()).isEqualTo("urn:kpidocs:problem:render-busy");
        assertThat(((Problem) busy.getEntity()).detail()).contains("7 seconds");
        assertThat(slow.getStatus()).isEqualTo(503);
        assertThat(slow.getHeaderString("Retry-After")).isEqualTo("3");
        assertThat(((Problem) slow.getEntity()).type()).isEqualTo("urn:kpidocs:problem:render-timed-out");

        var tooLong = DocumentTooLongException.class.getDeclaredConstructor(String.class, int.class, int.class);
        tooLong.setAccessible(true);
        Response r = mapper.toResponse(tooLong.newInstance("Report", 612, 500));
        assertThat(r.getStatus()).isEqualTo(422);
        assertThat(((Problem) r.getEntity()).detail()).contains("612").contains("500").contains("KPIDOCS_RENDER_MAX_PAGES");
    }
}
