package org.kpidocs.http;

import org.kpidocs.auth.Role;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.document.RenderedDocument;
import org.kpidocs.document.report.VerificationReportService;

/**
 * {@code /api/v1/datasets/{id}/verification-report.pdf|.html}: the Verification Report of the latest
 * version of a dataset. The document is rendered to bytes before anything is sent, so a failure
 * answers a problem, never half a file.
 */
@Allow(value = {Role.VERIFIER, Role.SECRETARIAT, Role.CITY}, ownDataset = true)
@Path("/api/v1/datasets/{id}/verification-report.{format: pdf|html}")
public final class ReportResource {

    private final VerificationReportService reports;
    private final Languages languages;

    ReportResource(VerificationReportService reports, Languages languages) {
        this.reports = reports;
        this.languages = languages;
    }

    @GET
    public Response get(@PathParam("id") String id, @PathParam("format") String format,
                        @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        DocumentLanguage language = languages.resolve(lang, headers);
        RenderedDocument doc = "pdf".equals(format) ? reports.pdf(id, language) : reports.html(id, language);
        return Downloads.inLanguage(doc);
    }
}
