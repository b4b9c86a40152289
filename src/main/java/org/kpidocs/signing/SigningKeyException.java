package org.kpidocs.signing;

/** The signing key cannot be loaded or created; the message says why, for the operator. */
public final class SigningKeyException extends RuntimeException {
    SigningKeyException(String message) {
        super(message);
    }

    SigningKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
