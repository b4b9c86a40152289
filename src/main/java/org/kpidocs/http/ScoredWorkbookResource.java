package org.kpidocs.http;

import org.kpidocs.auth.Role;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.kpidocs.workbook.ScoredWorkbook;

/**
 * {@code /api/v1/datasets/{id}/workbook.xlsx}: the latest version of a dataset as the filled Data
 * Collection Template with the verifier's scoring sheets.
 */
@Allow(value = {Role.VERIFIER, Role.SECRETARIAT, Role.CITY}, ownDataset = true)
@Path("/api/v1/datasets/{id}/workbook.xlsx")
public final class ScoredWorkbookResource {

    private final ScoredWorkbook workbooks;

    ScoredWorkbookResource(ScoredWorkbook workbooks) {
        this.workbooks = workbooks;
    }

    @GET
    public Response get(@PathParam("id") String id) {
        return Downloads.of(workbooks.export(id));
    }
}
