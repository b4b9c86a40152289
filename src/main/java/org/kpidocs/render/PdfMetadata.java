package org.kpidocs.render;

import java.time.Instant;

/**
 * What the PDF says about itself. Nothing here is read from the clock: the caller derives the date
 * and the identifier from the document's inputs, so the same inputs give the same bytes.
 *
 * @param title     document title (also required by PDF/UA)
 * @param author    author shown in the document properties
 * @param subject   one-line description
 * @param keywords  comma-separated keywords
 * @param language  BCP 47 tag of the main language, e.g. {@code en}
 * @param created   creation and modification date written to the PDF
 * @param identity  any text that identifies the inputs (e.g. template version + dataset hash); the
 *                  PDF's file identifier is derived from it
 * @param kind      what the document is ({@code verification-report}, {@code certificate} …), for metrics
 */
public record PdfMetadata(String title, String author, String subject, String keywords, String language,
                          Instant created, String identity, String kind) {

    /** Metadata of a document of no particular kind (metrics count it as {@code document}). */
    public PdfMetadata(String title, String author, String subject, String keywords, String language,
                       Instant created, String identity) {
        this(title, author, subject, keywords, language, created, identity, "document");
    }
}
