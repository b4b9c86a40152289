package org.kpidocs.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.time.Clock;
import java.util.Set;
import org.kpidocs.auth.Principal;
import org.kpidocs.storage.AuditRecord;
import org.kpidocs.storage.AuditStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends to the audit log every request that changes something or tries to (POST, PUT, DELETE,
 * PATCH), whatever its outcome, and every request refused for its key (401, 403): who (the key id),
 * what (method and route), on what (the path), the status, the request id and where a created thing
 * lives. Reads are not logged. A log that cannot be written is reported in the service log; the
 * answer, already decided, goes out unchanged.
 */
final class AuditFilter implements ContainerResponseFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AuditFilter.class);
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "DELETE", "PATCH");

    private final AuditStore audit;
    private final Clock clock;

    AuditFilter(AuditStore audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (!CHANGES.contains(request.getMethod()) && status != 401 && status != 403) {
            return;
        }
        Principal caller = AccessFilter.principal(request.getSecurityContext());
        Object location = response.getHeaders().getFirst("Location");
        try {
            audit.append(new AuditRecord(0, clock.instant(), caller == null ? null : caller.keyId(),
                    request.getMethod() + " " + RequestObserver.route(request), "/" + request.getUriInfo().getPath(),
                    status, (String) request.getProperty(RequestObserver.ID),
                    location == null ? null : "created " + location));
        } catch (RuntimeException e) {
            LOG.error("Cannot append to the audit log: {} {} answered {}", request.getMethod(),
                    request.getUriInfo().getPath(), status, e);
        }
    }
}
