package org.kpidocs.http;

import org.kpidocs.auth.Role;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.kpidocs.workbook.ScoredWorkbook;

/**
 * {@code /api/v1/datasets/{id}/workbook.xlsx[?lang=]}: the latest version of a dataset as the filled
 * Data Collection Template with the verifier's scoring sheets, in the language of {@code ?lang=},
 * else of {@code Accept-Language}, else English.
 */
@Allow(value = {Role.VERIFIER, Role.SECRETARIAT, Role.CITY}, ownDataset = true)
@Path("/api/v1/datasets/{id}/workbook.xlsx")
public final class ScoredWorkbookResource {

    private final ScoredWorkbook workbooks;
    private final Languages languages;

    ScoredWorkbookResource(ScoredWorkbook workbooks, Languages languages) {
        this.workbooks = workbooks;
        this.languages = languages;
    }

    @GET
    public Response get(@PathParam("id") String id, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        return Downloads.inLanguage(workbooks.export(id, languages.resolve(lang, headers)));
    }
}
