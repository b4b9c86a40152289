package org.kpidocs.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.BooleanSupplier;

/**
 * {@code /health} and {@code /ready}, public. Health is liveness: 200 whenever the process answers, so
 * an orchestrator restarts only a service that is really stuck; it still says whether the database
 * answers. Ready is 200 only when the database answers too, so a load balancer sends no traffic to an
 * instance that could not store or read a dataset.
 */
@Public
@Path("/")
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
    @Path("health")
    @Produces(MediaType.APPLICATION_JSON)
    public Health health() {
        boolean up = database.getAsBoolean();
        return new Health("ok", up ? "up" : "down", catalogueVersion, benchmarkSetVersion);
    }

    @GET
    @Path("ready")
    @Produces(MediaType.APPLICATION_JSON)
    public Response ready() {
        boolean up = database.getAsBoolean();
        Health h = new Health(up ? "ready" : "unavailable", up ? "up" : "down", catalogueVersion, benchmarkSetVersion);
        return Response.status(up ? 200 : 503).entity(h).build();
    }
}
