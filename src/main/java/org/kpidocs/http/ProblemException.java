package org.kpidocs.http;

import java.util.List;

/**
 * A client error the resources raise themselves (bad parameter, unknown KPI, body too large). The
 * slug names the problem type and the message keys {@code problem.<slug>.title|detail}.
 */
final class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final transient List<String> args;

    ProblemException(int status, String slug, String... args) {
        super(slug);
        this.status = status;
        this.slug = slug;
        this.args = List.of(args);
    }

    int status() {
        return status;
    }

    String slug() {
        return slug;
    }

    List<String> args() {
        return args;
    }
}
