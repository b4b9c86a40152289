package org.kpidocs.storage;

import java.time.Instant;

/**
 * One stored API key.
 *
 * @param secretSha256 hex SHA-256 of the whole key as the client sends it
 * @param revokedAt    null while the key works
 */
public record ApiKeyRecord(String id, String secretSha256, String role, String city, String label, Instant createdAt,
                           Instant revokedAt) {
}
