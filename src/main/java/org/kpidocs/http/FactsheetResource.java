package org.kpidocs.http;

import org.kpidocs.auth.Role;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.document.RenderedDocument;
import org.kpidocs.document.factsheet.FactsheetService;

/**
 * {@code /api/v1/datasets/{id}/factsheet.pdf|.html} and {@code /snapshot.pdf|.html}: the Factsheet and
 * the City Snapshot of the latest version of a dataset, with the report's language handling. The
 * document is rendered to bytes before anything is sent, so a failure answers a problem, never half a file.
 */
@Allow(value = {Role.VERIFIER, Role.SECRETARIAT, Role.CITY}, ownDataset = true)
@Path("/api/v1/datasets/{id}/{document: factsheet|snapshot}.{format: pdf|html}")
public final class FactsheetResource {

    private final FactsheetService factsheets;
    private final Languages languages;

    FactsheetResource(FactsheetService factsheets, Languages languages) {
        this.factsheets = factsheets;
        this.languages = languages;
    }

    @GET
    public Response get(@PathParam("id") String id, @PathParam("document") String document,
                        @PathParam("format") String format, @QueryParam("lang") String lang,
                        @Context HttpHeaders headers) {
        DocumentLanguage language = languages.resolve(lang, headers);
        FactsheetService.Kind kind = FactsheetService.Kind.valueOf(document.toUpperCase(Locale.ROOT));
        RenderedDocument doc = "pdf".equals(format) ? factsheets.pdf(kind, id, language)
                : factsheets.html(kind, id, language);
        return Downloads.inLanguage(doc);
    }
}
