package org.kpidocs.document.certificate;

import java.util.List;

/**
 * The answer to "is this PDF one of our certificates?".
 *
 * @param authentic   the file is a certificate this service issued, exactly as issued: its signature
 *                    is valid, made by the key recorded for that certificate, covers the whole file,
 *                    and the file's SHA-256 is the registered one
 * @param unaltered   nothing was changed or appended after signing and the bytes are the registered ones
 * @param checks      each check on its own
 * @param number      the certificate the file is, or claims to be (from its title); null when neither
 * @param certificate that certificate as the registry has it now, with its status; null when unknown
 * @param findings    what failed, as stable codes ({@code damaged}, {@code no-signature}, {@code signature-invalid},
 *                    {@code other-signer}, {@code not-whole-file}, {@code not-registered},
 *                    {@code unknown-certificate}) and, for authentic files, {@code revoked} or
 *                    {@code superseded}
 * @param problem     the signature check's own words when it failed, else null
 */
public record CertificateCheck(boolean authentic, boolean unaltered, Checks checks, String number,
                               IssuedCertificate certificate, List<String> findings, String problem) {

    public CertificateCheck {
        findings = List.copyOf(findings);
    }

    /**
     * @param signed          the PDF carries a digital signature
     * @param signatureValid  the last signature verifies against the bytes it covers
     * @param signedByUs      it was made by the key the registry recorded for this certificate (or, for
     *                        an unknown file, by the service's current key)
     * @param coversWholeFile nothing was appended after the signature
     * @param registered      the file's SHA-256 is that of an issued certificate
     */
    public record Checks(boolean signed, boolean signatureValid, boolean signedByUs, boolean coversWholeFile,
                         boolean registered) {
    }
}
