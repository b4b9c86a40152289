package org.kpidocs.document;

import java.nio.charset.StandardCharsets;
import org.kpidocs.common.Sha256;

/**
 * A finished document: its bytes, media type and the file name users should save it under.
 *
 * @param fileName e.g. {@code U4SSC-Verification-Report-Lumeria-2025-11.pdf}, safe for any file system
 */
public record RenderedDocument(byte[] content, String mediaType, String fileName) {

    public static final String PDF = "application/pdf";
    public static final String HTML = "text/html; charset=UTF-8";

    static RenderedDocument html(String html, String fileName) {
        return new RenderedDocument(html.getBytes(StandardCharsets.UTF_8), HTML, fileName);
    }

    /** SHA-256 of the content, hex. */
    public String sha256() {
        return Sha256.hex(content);
    }
}
