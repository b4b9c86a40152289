package org.kpidocs.http;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.kpidocs.auth.Role;
import org.kpidocs.storage.AuditRecord;
import org.kpidocs.storage.AuditStore;

/** {@code /api/v1/audit}: the audit log, newest first, for the secretariat. */
@Allow(Role.SECRETARIAT)
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public final class AuditResource {

    private final AuditStore audit;

    AuditResource(AuditStore audit) {
        this.audit = audit;
    }

    record AuditList(int total, int limit, int offset, List<AuditRecord> events) {
    }

    @GET
    public AuditList list(@QueryParam("limit") @DefaultValue("100") String limit,
                          @QueryParam("offset") @DefaultValue("0") String offset) {
        int l = Parameters.bounded("limit", limit, 1, 1000);
        int o = Parameters.bounded("offset", offset, 0, Integer.MAX_VALUE);
        return new AuditList(audit.count(), l, o, audit.list(l, o));
    }
}
