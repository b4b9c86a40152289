package org.kpidocs.storage;

/** The database failed; the message is for the log, never for the client. */
public final class StorageException extends RuntimeException {
    StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
