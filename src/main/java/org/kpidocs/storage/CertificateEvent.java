package org.kpidocs.storage;

import java.time.Instant;

/**
 * One entry of the append-only audit trail of the certificate registry.
 *
 * @param event  {@code issued}, {@code superseded} or {@code revoked}
 * @param detail for {@code superseded} the new number, for {@code revoked} the reason, for
 *               {@code issued} the dataset id and version
 */
public record CertificateEvent(String number, String event, Instant occurredAt, String detail) {
}
