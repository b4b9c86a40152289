package org.kpidocs.document.certificate;

/** An upload to verify is not a PDF file at all. */
public final class NotAPdfException extends RuntimeException {
    NotAPdfException(String reason) {
        super(reason);
    }

    public String reason() {
        return getMessage();
    }
}
