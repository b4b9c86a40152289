package org.kpidocs.http;

import org.kpidocs.auth.Role;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.kpidocs.workbook.DataCollectionTemplate;

/**
 * {@code /api/v1/templates/data-collection.xlsx}: the blank U4SSC Data Collection Template, generated
 * once at start-up; the same bytes on every call.
 */
@Allow({Role.VERIFIER, Role.SECRETARIAT, Role.CITY})
@Path("/api/v1/templates/data-collection.xlsx")
public final class TemplateResource {

    private final DataCollectionTemplate template;

    TemplateResource(DataCollectionTemplate template) {
        this.template = template;
    }

    @GET
    public Response get() {
        return Response.ok(template.bytes(), DataCollectionTemplate.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + DataCollectionTemplate.FILE_NAME + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .tag(new EntityTag(template.sha256()))
                .build();
    }
}
