package org.kpidocs.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.BooleanSupplier;

/** {@code /health}: 200 when the service and its database answer, 503 otherwise. Public. */
@Path("/health")
public final class HealthResource {

    private final BooleanSupplier database;
    private final String catalogueVersion;
    private final String benchmarkSetVersion;

    HealthResource(BooleanSupplier database, String catalogueVersion, String benchmarkSetVersion) {
        this.database = database;
        this.catalogueVersion = catalogueVersion;
        this.benchmarkSetVersion = benchmarkSetVersion;
    }

    record Health(String status, String database, String catalogue, String benchmarks) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        boolean up = database.getAsBoolean();
        Health h = new Health(up ? "ok" : "unavailable", up ? "up" : "down", catalogueVersion, benchmarkSetVersion);
        return Response.status(up ? 200 : 503).entity(h).build();
    }
}
