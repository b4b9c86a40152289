package org.kpidocs.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads request bodies up to a limit; a body over it is refused with 413 before it is all in memory. */
final class Bodies {

    private Bodies() {
    }

    /**
     * @param declaredLength the Content-Length header, or -1 when the body is chunked
     * @throws ProblemException 413 when the body is larger than {@code limit}
     */
    static byte[] read(InputStream in, long declaredLength, long limit) {
        if (declaredLength > limit) {
            throw tooLarge(limit);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(declaredLength > 0 ? (int) declaredLength : 8192);
        byte[] buffer = new byte[8192];
        long total = 0;
        try {
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > limit) {
                    throw tooLarge(limit);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read request body", e);
        }
        return out.toByteArray();
    }

    private static ProblemException tooLarge(long limit) {
        return new ProblemException(413, "payload-too-large", String.valueOf(limit));
    }
}
