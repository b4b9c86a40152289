package org.kpidocs.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code /openapi.json}: the OpenAPI 3.1 description of the whole API, public. It is kept by hand
 * beside the code ({@code src/main/resources/openapi/openapi.json}); a test compares it with the
 * routes the service registers, and their access rules, so the two cannot drift apart.
 */
@Public
@Path("/openapi.json")
public final class OpenApiResource {

    static final String RESOURCE = "/openapi/openapi.json";

    private final byte[] document;

    OpenApiResource() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            this.document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public byte[] get() {
        return document.clone();
    }
}
