package org.kpidocs.auth;

import java.time.Instant;

/**
 * A stored API key: everything but its secret, of which only the SHA-256 is kept.
 *
 * @param revokedAt when it stopped working; null while it works
 */
public record ApiKey(String id, Role role, String city, String label, Instant createdAt, Instant revokedAt) {
}
