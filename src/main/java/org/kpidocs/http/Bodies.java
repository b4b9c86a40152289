package org.kpidocs.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads request bodies up to a limit; a body over it is refused with 413 before it is all in memory. */
final class Bodies {

    /** The settings that raise each limit, named in the 413 answer so that the operator knows which. */
    static final String DATASET_LIMIT = "KPIDOCS_MAX_DATASET_BYTES";
    static final String WORKBOOK_LIMIT = "KPIDOCS_MAX_WORKBOOK_BYTES";

    private Bodies() {
    }

    /**
     * @param declaredLength the Content-Length header, or -1 when the body is chunked
     * @throws ProblemException 413 when the body is larger than {@code limit}
     */
    static byte[] read(InputStream in, long declaredLength, long limit) {
        return read(in, declaredLength, limit, DATASET_LIMIT);
    }

    /** As {@link #read(InputStream, long, long)}, naming {@code variable} as the setting of the limit. */
    static byte[] read(InputStream in, long declaredLength, long limit, String variable) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(declaredLength > 0 && declaredLength <= limit
                ? (int) declaredLength : 8192);
        try {
            copy(in, out, declaredLength, limit, variable);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read request body", e);
        }
        return out.toByteArray();
    }

    /**
     * Copies a body to a new temporary file, counting as {@link #read} does; the caller deletes the
     * file ({@link #delete}). Nothing is left behind when the body is refused.
     *
     * @throws ProblemException 413 when the body is larger than {@code limit}
     */
    static Path spool(InputStream in, long declaredLength, long limit) {
        if (declaredLength > limit) {
            throw tooLarge(limit, WORKBOOK_LIMIT);
        }
        Path file = null;
        try {
            file = Files.createTempFile("kpidocs-upload-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                copy(in, out, declaredLength, limit, WORKBOOK_LIMIT);
            }
            Path done = file;
            file = null;
            return done;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read request body", e);
        } finally {
            delete(file);
        }
    }

    /** Copies the body, refusing it as soon as it is longer than declared limits allow. */
    private static void copy(InputStream in, OutputStream out, long declaredLength, long limit, String variable)
            throws IOException {
        if (declaredLength > limit) {
            throw tooLarge(limit, variable);
        }
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > limit) {
                throw tooLarge(limit, variable);
            }
            out.write(buffer, 0, n);
        }
    }

    /** Deletes a spooled file; null and already deleted files are fine. */
    static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file the OS cleans up later; nothing the client can act on
            }
        }
    }

    static ProblemException tooLarge(long limit, String variable) {
        return new ProblemException(413, "payload-too-large", String.valueOf(limit), variable);
    }
}
