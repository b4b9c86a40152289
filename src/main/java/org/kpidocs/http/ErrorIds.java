package org.kpidocs.http;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Random ids that tie a 500 answer to its log entry. */
final class ErrorIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorIds() {
    }

    /** 16 hex digits. */
    static String next() {
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
