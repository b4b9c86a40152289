package org.kpidocs.auth;

/**
 * Who is calling: an API key with its role, and the city a {@link Role#CITY} key belongs to.
 *
 * @param keyId the key's public id (never its secret)
 * @param city  the city of a city key; null for the other roles
 */
public record Principal(String keyId, Role role, String city) {
}
