package org.kpidocs.auth;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kpidocs.common.Sha256;
import org.kpidocs.storage.ApiKeyRecord;
import org.kpidocs.storage.ApiKeyStore;

/**
 * Creates and checks API keys. A key reads {@code kpidocs_<id>_<secret>}: the id (8 characters)
 * finds the stored key, the secret (32 characters, 190 bits from {@link SecureRandom}) proves it.
 * Only the SHA-256 of the whole key is stored, and compared in constant time; the key itself is
 * shown once, when it is created.
 */
public final class ApiKeys {

    /** The format of a key as clients send it. */
    static final Pattern FORMAT = Pattern.compile("kpidocs_([a-z0-9]{8})_([A-Za-z0-9]{32})");
    private static final String ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String SECRET_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int MAX_CITY = 200;
    private static final int MAX_LABEL = 200;

    private final ApiKeyStore store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ApiKeys(ApiKeyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A new key and the plain text to hand to its holder (shown once, never stored). */
    public record Created(ApiKey key, String secret) {
    }

    /**
     * Creates a key.
     *
     * @param city  required for {@link Role#CITY}, refused for the other roles
     * @param label who holds it, for the key list; may be null
     * @throws IllegalArgumentException naming every problem with the arguments
     */
    public Created create(Role role, String city, String label) {
        List<String> problems = new ArrayList<>();
        String c = city == null || city.isBlank() ? null : city.strip();
        if (role == Role.CITY && c == null) {
            problems.add("a city key needs --city: the name of the city whose documents it may read");
        }
        if (role != Role.CITY && c != null) {
            problems.add("only a city key has a city; a " + role.id() + " key works for " + (role == Role.SECRETARIAT
                    ? "every dataset" : "the datasets it submits"));
        }
        if (c != null && c.length() > MAX_CITY) {
            problems.add("the city name is longer than " + MAX_CITY + " characters");
        }
        if (label != null && label.length() > MAX_LABEL) {
            problems.add("the label is longer than " + MAX_LABEL + " characters");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        String id = token(ID_ALPHABET, 8);
        String secret = "kpidocs_" + id + "_" + token(SECRET_ALPHABET, 32);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        store.create(new ApiKeyRecord(id, Sha256.hex(secret.getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                role.id(), c, label, now, null));
        return new Created(new ApiKey(id, role, c, label, now, null), secret);
    }

    /** Who a presented key belongs to; empty for a malformed, unknown, wrong or revoked key. */
    public Optional<Principal> authenticate(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(presented.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<ApiKeyRecord> stored = store.find(m.group(1));
        if (stored.isEmpty() || stored.get().revokedAt() != null) {
            return Optional.empty();
        }
        byte[] given = Sha256.hex(presented.strip().getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] expected = stored.get().secretSha256().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, expected)) {
            return Optional.empty();
        }
        ApiKeyRecord r = stored.get();
        return Role.find(r.role()).map(role -> new Principal(r.id(), role, r.city()));
    }

    /** Every key, without secrets, oldest first. */
    public List<ApiKey> list() {
        return store.list().stream().map(ApiKeys::key).toList();
    }

    /** Stops a key from working; false when there is no such working key. */
    public boolean revoke(String id) {
        return store.revoke(id, clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    /** Whether a working secretariat key exists (else the service creates the first one at start-up). */
    public boolean hasSecretariat() {
        return store.anyActive(Role.SECRETARIAT.id());
    }

    private static ApiKey key(ApiKeyRecord r) {
        return new ApiKey(r.id(), Role.find(r.role()).orElseThrow(), r.city(), r.label(), r.createdAt(), r.revokedAt());
    }

    private String token(String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
