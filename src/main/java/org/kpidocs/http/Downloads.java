package org.kpidocs.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.kpidocs.document.RenderedDocument;

/** A rendered document as an HTTP answer, with a file name and headers that keep browsers strict. */
final class Downloads {

    private Downloads() {
    }

    static Response of(RenderedDocument doc) {
        Response.ResponseBuilder r = Response.ok(doc.content(), doc.mediaType())
                .header("Content-Disposition", disposition(doc) + "; filename=\"" + doc.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .tag(new EntityTag(doc.sha256()));
        if (doc.mediaType().startsWith("text/html")) {
            // The page is self-contained: inline styles and SVG, nothing to load, nothing to run.
            r.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        }
        return r.build();
    }

    /**
     * A document whose language may come from {@code Accept-Language}: caches must keep one copy per
     * language ({@code Vary}), or a French reader could be served the English edition.
     */
    static Response inLanguage(RenderedDocument doc) {
        return Response.fromResponse(of(doc)).header("Vary", "Accept-Language").build();
    }

    /** PDF and HTML open in the browser; anything else (a workbook) is saved. */
    private static String disposition(RenderedDocument doc) {
        return doc.mediaType().equals(RenderedDocument.PDF) || doc.mediaType().startsWith("text/html")
                ? "inline" : "attachment";
    }
}
