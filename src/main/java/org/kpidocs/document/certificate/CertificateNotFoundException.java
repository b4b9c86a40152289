package org.kpidocs.document.certificate;

/** No certificate is registered under a well-formed number. */
public final class CertificateNotFoundException extends RuntimeException {

    private final String number;

    CertificateNotFoundException(String number) {
        super("No certificate " + number);
        this.number = number;
    }

    public String number() {
        return number;
    }
}
