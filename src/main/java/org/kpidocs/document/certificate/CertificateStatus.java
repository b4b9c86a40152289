package org.kpidocs.document.certificate;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a certificate stands: valid, revoked (with a reason), or superseded by a later one. */
public enum CertificateStatus {
    VALID("valid"), REVOKED("revoked"), SUPERSEDED("superseded");

    private final String id;

    CertificateStatus(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    static CertificateStatus of(String id) {
        for (CertificateStatus s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalStateException("Unknown certificate status in the registry: " + id);
    }
}
