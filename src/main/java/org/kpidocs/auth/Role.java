package org.kpidocs.auth;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an API key may do. */
public enum Role {
    /** Uploads datasets and renders the documents of the datasets it uploaded. */
    VERIFIER,
    /** Everything: every dataset, issuing and revoking certificates, API keys. */
    SECRETARIAT,
    /** Reads and renders the documents of its own city's datasets. */
    CITY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> find(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equalsIgnoreCase(id == null ? "" : id.strip())).findFirst();
    }
}
