package org.kpidocs.http;

import org.kpidocs.auth.Role;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.kpidocs.document.certificate.CertificateService;

/**
 * {@code POST /api/v1/datasets/{id}/certificate}: issues the certificate of the dataset's latest
 * version (201), answers the one it already has (200), or lists every unmet condition (409).
 */
@Path("/api/v1/datasets/{id}/certificate")
@Produces(MediaType.APPLICATION_JSON)
public final class DatasetCertificateResource {

    private final CertificateService certificates;
    private final Languages languages;

    DatasetCertificateResource(CertificateService certificates, Languages languages) {
        this.certificates = certificates;
        this.languages = languages;
    }

    /** {@code ?lang=} (or Accept-Language) chooses the language of a new certificate. */
    @POST
    @Allow(Role.SECRETARIAT)
    public Response issue(@PathParam("id") String id, @QueryParam("lang") String lang,
                          @Context HttpHeaders headers) {
        CertificateService.Issuance issued = certificates.issue(id, languages.resolve(lang, headers));
        CertificateView view = CertificateView.of(issued.certificate());
        return (issued.created() ? Response.created(URI.create(view.href())) : Response.ok().location(URI.create(view.href())))
                .entity(view).build();
    }
}
