package org.kpidocs.http;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.kpidocs.dataset.DatasetConflictException;
import org.kpidocs.dataset.DatasetNotFoundException;
import org.kpidocs.dataset.DatasetRejectedException;
import org.kpidocs.dataset.DatasetUnreadableException;
import org.kpidocs.document.certificate.CertificateRefusedException;
import org.kpidocs.i18n.Messages;
import org.kpidocs.job.JobRejectedException;
import org.kpidocs.render.DocumentTooLongException;
import org.kpidocs.render.RenderException;
import org.kpidocs.render.RenderRefusedException;
import org.kpidocs.render.UncoveredTextException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every exception into {@code application/problem+json}. Client errors say what is wrong and
 * what is allowed; anything unexpected becomes a 500 that shows only an error id, logged with the
 * stack trace (after Dropwizard's LoggingExceptionMapper).
 */
final class ProblemMapper implements ExceptionMapper<Throwable> {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    private final Messages messages;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    ProblemMapper(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(Throwable e) {
        Locale locale = locale();
        if (e instanceof DatasetRejectedException r) {
            List<Problem.ProblemError> errors = r.errors().stream().map(i -> Problem.ProblemError.of(messages, locale, i)).toList();
            return respond(problem(locale, 422, "dataset-invalid", errors, String.valueOf(errors.size())));
        }
        if (e instanceof JobRejectedException r) {
            List<Problem.ProblemError> errors = r.errors().stream().map(i -> Problem.ProblemError.of(messages, locale, i)).toList();
            return respond(problem(locale, 422, "job-invalid", errors, String.valueOf(errors.size())));
        }
        if (e instanceof DatasetUnreadableException u) {
            return respond(problem(locale, 400, "malformed-json", null,
                    String.valueOf(u.line()), String.valueOf(u.column()), u.problem()));
        }
        if (e instanceof DatasetNotFoundException n) {
            return respond(problem(locale, 404, "dataset-not-found", null, n.id()));
        }
        if (e instanceof CertificateRefusedException r) {
            List<Problem.ProblemError> errors = r.unmet().stream().map(i -> Problem.ProblemError.of(messages, locale, i)).toList();
            return respond(problem(locale, 409, "certificate-conditions-unmet", errors, r.datasetId(),
                    String.valueOf(errors.size())));
        }
        if (e instanceof DatasetConflictException) {
            return respond(problem(locale, 409, "dataset-conflict", null, path()));
        }
        if (e instanceof ProblemException p) {
            Response r = respond(problem(locale, p.status(), p.slug(), null, p.args().toArray(String[]::new)));
            // RFC 9110 §11.6.1: a 401 names the scheme that would work.
            return p.status() == 401 ? Response.fromResponse(r).header("WWW-Authenticate", "Bearer realm=\"kpidocs\"").build() : r;
        }
        if (e instanceof RenderRefusedException r) {
            String slug = r.reason() == RenderRefusedException.Reason.BUSY ? "render-busy" : "render-timed-out";
            return Response.fromResponse(respond(problem(locale, 503, slug, null,
                    String.valueOf(r.retryAfterSeconds())))).header("Retry-After", r.retryAfterSeconds()).build();
        }
        if (e instanceof DocumentTooLongException t) {
            return respond(problem(locale, 422, "document-too-long", null, String.valueOf(t.pages()),
                    String.valueOf(t.maxPages())));
        }
        if (e instanceof UncoveredTextException u) {
            return respond(unprintable(locale, u));
        }
        if (e instanceof RenderException) {
            return internalError(locale, e, "render-failed");
        }
        if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            return webProblem(locale, w);
        }
        return internalError(locale, e, "internal-error");
    }

    /** Jersey's own client errors: unknown route, wrong method, wrong content type. */
    private Response webProblem(Locale locale, WebApplicationException w) {
        int status = w.getResponse().getStatus();
        if (w instanceof NotFoundException) {
            return respond(problem(locale, 404, "not-found", null, path()));
        }
        if (w instanceof NotAllowedException) {
            String allowed = String.join(", ", w.getResponse().getAllowedMethods());
            Response r = respond(problem(locale, 405, "method-not-allowed", null,
                    request == null ? "" : request.getMethod(), allowed));
            return Response.fromResponse(r).header("Allow", allowed).build();
        }
        if (w instanceof NotSupportedException) {
            String type = headers == null || headers.getMediaType() == null ? "(none)" : headers.getMediaType().toString();
            return respond(problem(locale, 415, "unsupported-media-type", null, type));
        }
        if (status == 406) {
            return respond(problem(locale, 406, "not-acceptable", null));
        }
        return respond(problem(locale, status, "bad-request", null));
    }

    /**
     * Text the fonts cannot print: the dataset's author must change it, so each character is named with
     * where it is (the dataset's JSON pointer when traced, the document field always), in the detail
     * for people and in {@code errors} for programs.
     */
    private Problem unprintable(Locale locale, UncoveredTextException u) {
        List<Problem.ProblemError> errors = u.offenders().stream().map(o -> new Problem.ProblemError(o.source(), null,
                "text.not-printable", messages.format(locale, "text.not-printable", o.where(), o.character(),
                        o.codePointLabel(), o.unicodeName(), o.field()),
                messages.format(locale, "text.not-printable.allowed"), null)).toList();
        String listed = errors.stream().map(Problem.ProblemError::detail).collect(Collectors.joining("; "));
        if (u.unlisted() > 0) {
            listed += "; " + messages.format(locale, "text.not-printable.more", String.valueOf(u.unlisted()));
        }
        return problem(locale, 422, "text-not-printable", errors, String.valueOf(u.total()), listed);
    }

    private Response internalError(Locale locale, Throwable e, String slug) {
        String id = ErrorIds.next();
        LOG.error("Error id {} while handling {}", id, path(), e);
        Problem p = problem(locale, 500, slug, null, id);
        return respond(new Problem(p.type(), p.title(), 500, p.detail(), p.instance(), id, null));
    }

    private Problem problem(Locale locale, int status, String slug, List<Problem.ProblemError> errors, String... args) {
        return new Problem(Problem.TYPE_PREFIX + slug, messages.format(locale, "problem." + slug + ".title"), status,
                messages.format(locale, "problem." + slug + ".detail", args), path(), null, errors);
    }

    private static Response respond(Problem p) {
        return Response.status(p.status()).type(PROBLEM_JSON).entity(p).build();
    }

    private String path() {
        return uri == null ? "" : "/" + uri.getPath();
    }

    private Locale locale() {
        return RequestLocale.of(headers);
    }
}
