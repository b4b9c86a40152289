package org.kpidocs.document.certificate;

/** A text that is not a certificate number: wrong form, or a check character that does not match. */
public final class InvalidCertificateNumberException extends RuntimeException {

    private final String text;
    private final boolean checkFailed;

    InvalidCertificateNumberException(String text, boolean checkFailed) {
        super("Not a certificate number: " + text);
        this.text = text;
        this.checkFailed = checkFailed;
    }

    /** The text as given. */
    public String text() {
        return text;
    }

    /** True when the form is right but the check character does not match (a typing error). */
    public boolean checkFailed() {
        return checkFailed;
    }
}
