package org.kpidocs.http;

import org.kpidocs.auth.Role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;
import org.kpidocs.document.certificate.CertificateAlreadyRevokedException;
import org.kpidocs.document.certificate.CertificateCheck;
import org.kpidocs.document.certificate.CertificateNotFoundException;
import org.kpidocs.document.certificate.CertificateService;
import org.kpidocs.document.certificate.InvalidCertificateNumberException;
import org.kpidocs.document.certificate.NotAPdfException;
import org.kpidocs.i18n.Messages;

/**
 * {@code /api/v1/certificates}: the registry. List, one certificate's status, its PDF as issued, an
 * HTML preview, revocation with a reason, the verification of an uploaded PDF, and the public
 * signing certificate for offline checks.
 */
@Path("/api/v1/certificates")
@Produces(MediaType.APPLICATION_JSON)
public final class CertificateResource {

    private static final int MAX_PAGE = 1000;
    private static final int MAX_REASON = 2000;
    private static final long MAX_REVOKE_BODY = 64 * 1024;

    private final CertificateService certificates;
    private final Messages messages;
    private final long maxUploadBytes;
    private final ObjectMapper json = new ObjectMapper();

    @Context
    private HttpHeaders headers;

    CertificateResource(CertificateService certificates, Messages messages, long maxUploadBytes) {
        this.certificates = certificates;
        this.messages = messages;
        this.maxUploadBytes = maxUploadBytes;
    }

    record CertificateList(int total, int limit, int offset, List<CertificateView> certificates) {
    }

    /**
     * @param findings what failed, each with a stable code and words
     */
    record CheckAnswer(boolean authentic, boolean unaltered, String number, String status, CertificateView certificate,
                       CertificateCheck.Checks checks, List<Finding> findings) {
        record Finding(String code, String detail) {
        }
    }

    @GET
    @Allow(Role.SECRETARIAT)
    public CertificateList list(@QueryParam("limit") @DefaultValue("100") String limit,
                                @QueryParam("offset") @DefaultValue("0") String offset) {
        int l = Parameters.bounded("limit", limit, 1, MAX_PAGE);
        int o = Parameters.bounded("offset", offset, 0, Integer.MAX_VALUE);
        return new CertificateList(certificates.count(), l, o,
                certificates.list(l, o).stream().map(CertificateView::of).toList());
    }

    @GET
    @Public
    @Path("{number}")
    public CertificateView get(@PathParam("number") String number) {
        return CertificateView.of(registry(() -> certificates.get(number)));
    }

    @GET
    @Public
    @Path("{number}.pdf")
    public Response pdf(@PathParam("number") String number) {
        return Downloads.of(registry(() -> certificates.pdf(number)));
    }

    @GET
    @Public
    @Path("{number}.html")
    public Response html(@PathParam("number") String number) {
        return Downloads.of(registry(() -> certificates.html(number)));
    }

    /** Revokes for good; the body is {@code {"reason": "…"}}. */
    @POST
    @Allow(Role.SECRETARIAT)
    @Path("{number}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    public CertificateView revoke(@PathParam("number") String number, InputStream body) {
        String reason = reason(Bodies.read(body, headers.getLength(), MAX_REVOKE_BODY));
        try {
            return CertificateView.of(registry(() -> certificates.revoke(number, reason)));
        } catch (CertificateAlreadyRevokedException e) {
            throw new ProblemException(409, "certificate-already-revoked", e.certificate().number(),
                    String.valueOf(e.certificate().statusChangedAt()), e.certificate().revocationReason());
        }
    }

    /** Checks an uploaded PDF (raw body) against the signing key and the registry. */
    @POST
    @Public
    @Path("verify")
    @Consumes(MediaType.WILDCARD)
    public CheckAnswer verify(InputStream body) {
        byte[] file = Bodies.read(body, headers.getLength(), maxUploadBytes);
        CertificateCheck c;
        try {
            c = certificates.verify(file);
        } catch (NotAPdfException e) {
            throw new ProblemException(415, "not-a-pdf", e.reason());
        }
        var locale = RequestLocale.of(headers);
        List<CheckAnswer.Finding> findings = c.findings().stream()
                .map(f -> new CheckAnswer.Finding(f, messages.format(locale, "verify." + f,
                        c.number() == null ? "" : c.number()))).toList();
        return new CheckAnswer(c.authentic(), c.unaltered(), c.number(),
                c.certificate() == null ? null : c.certificate().status().id(),
                c.certificate() == null ? null : CertificateView.of(c.certificate()), c.checks(), findings);
    }

    /** The current signing certificate (PEM): checks QR payloads and PDF signatures offline. */
    @GET
    @Public
    @Path("signing-certificate.pem")
    @Produces("application/x-pem-file")
    public Response signingCertificate() {
        return Response.ok(certificates.signingCertificatePem(), "application/x-pem-file")
                .header("Content-Disposition", "attachment; filename=\"kpidocs-signing-certificate.pem\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private String reason(byte[] body) {
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (IOException e) {
            throw new ProblemException(400, "revocation-unreadable");
        }
        JsonNode r = tree == null ? null : tree.get("reason");
        if (r == null || !r.isTextual() || r.asText().isBlank()) {
            throw new ProblemException(422, "revocation-reason-missing");
        }
        String reason = r.asText().strip();
        if (reason.length() > MAX_REASON || reason.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\t')) {
            throw new ProblemException(422, "revocation-reason-invalid", String.valueOf(MAX_REASON));
        }
        return reason;
    }

    /** Malformed and unknown numbers become 400 and 404 problems; the text is echoed shortened. */
    private static <T> T registry(Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidCertificateNumberException e) {
            String text = shorten(e.text());
            throw e.checkFailed() ? new ProblemException(400, "certificate-number-check", text)
                    : new ProblemException(400, "invalid-certificate-number", text);
        } catch (CertificateNotFoundException e) {
            throw new ProblemException(404, "certificate-not-found", e.number());
        }
    }

    private static String shorten(String s) {
        String t = s == null ? "" : s;
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }
}
