package org.kpidocs.document.certificate;

/** A revoked certificate stays revoked with its first reason; a second revocation is refused. */
public final class CertificateAlreadyRevokedException extends RuntimeException {

    private final transient IssuedCertificate certificate;

    CertificateAlreadyRevokedException(IssuedCertificate certificate) {
        super("Certificate " + certificate.number() + " is already revoked");
        this.certificate = certificate;
    }

    public IssuedCertificate certificate() {
        return certificate;
    }
}
