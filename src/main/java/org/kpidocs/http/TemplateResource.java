package org.kpidocs.http;

import org.kpidocs.auth.Role;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.kpidocs.workbook.DataCollectionTemplate;
import org.kpidocs.workbook.DataCollectionTemplates;

/**
 * {@code /api/v1/templates/data-collection.xlsx[?lang=]}: the blank U4SSC Data Collection Template in
 * the language of {@code ?lang=}, else of {@code Accept-Language}, else English; generated once per
 * language, the same bytes on every call.
 */
@Allow({Role.VERIFIER, Role.SECRETARIAT, Role.CITY})
@Path("/api/v1/templates/data-collection.xlsx")
public final class TemplateResource {

    private final DataCollectionTemplates templates;
    private final Languages languages;

    TemplateResource(DataCollectionTemplates templates, Languages languages) {
        this.templates = templates;
        this.languages = languages;
    }

    @GET
    public Response get(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        DataCollectionTemplate template = templates.in(languages.resolve(lang, headers));
        return Response.ok(template.bytes(), DataCollectionTemplate.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + template.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                // Without ?lang= the file depends on Accept-Language: caches must keep one per language.
                .header("Vary", "Accept-Language")
                .tag(new EntityTag(template.sha256()))
                .build();
    }
}
