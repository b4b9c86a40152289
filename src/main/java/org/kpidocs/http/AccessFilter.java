package org.kpidocs.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import org.kpidocs.auth.ApiKeys;
import org.kpidocs.auth.Principal;
import org.kpidocs.auth.Role;
import org.kpidocs.dataset.DatasetService;
import org.kpidocs.dataset.DatasetSummary;

/**
 * Who may call what. Runs after the route is matched, so it knows the resource method and its
 * {@link Allow} or {@link Public} marking. No or an unknown key → 401; a key of a role the route does
 * not allow, or a dataset of another verifier or city → 403. The principal is left on the request
 * for the resources ({@link #PRINCIPAL}).
 */
@Priority(Priorities.AUTHENTICATION)
final class AccessFilter implements ContainerRequestFilter {

    static final String PRINCIPAL = "kpidocs.principal";
    private static final String BEARER = "Bearer ";

    private final ApiKeys keys;
    private final DatasetService datasets;

    @Context
    private ResourceInfo resource;

    AccessFilter(ApiKeys keys, DatasetService datasets) {
        this.keys = keys;
        this.datasets = datasets;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null || isPublic(method)) {
            return;
        }
        String presented = presentedKey(request);
        if (presented == null) {
            throw new ProblemException(401, "unauthenticated");
        }
        Principal principal = keys.authenticate(presented)
                .orElseThrow(() -> new ProblemException(401, "invalid-api-key"));
        // Known before the checks below, so that a refusal is logged (and audited) with its key.
        request.setProperty(PRINCIPAL, principal);
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new KeyContext(principal, secure));
        Allow allow = allow(method);
        Role[] roles = allow == null ? new Role[] {Role.SECRETARIAT} : allow.value();
        if (Arrays.stream(roles).noneMatch(r -> r == principal.role())) {
            throw new ProblemException(403, "forbidden-role", principal.role().id(),
                    String.join(", ", Arrays.stream(roles).map(Role::id).toList()));
        }
        if (allow != null && allow.ownDataset() && principal.role() != Role.SECRETARIAT) {
            String id = request.getUriInfo().getPathParameters().getFirst("id");
            Optional<DatasetSummary> dataset = datasets.summary(id);
            // An unknown dataset is the resource's to answer (404); a known one must be the caller's.
            if (dataset.isPresent() && !mayUse(principal, dataset.get())) {
                throw new ProblemException(403, principal.role() == Role.CITY ? "forbidden-city" : "forbidden-dataset",
                        principal.role() == Role.CITY ? principal.city() : principal.keyId());
            }
        }
    }

    /** The caller of a request that passed this filter; null on public routes. */
    static Principal principal(jakarta.ws.rs.core.SecurityContext security) {
        return security != null && security.getUserPrincipal() instanceof KeyContext.Caller c ? c.principal() : null;
    }

    /** The request's security context: the key as the user, its role as the only role. */
    private record KeyContext(Principal principal, boolean secure) implements jakarta.ws.rs.core.SecurityContext {

        record Caller(Principal principal) implements java.security.Principal {
            @Override
            public String getName() {
                return principal.keyId();
            }
        }

        @Override
        public java.security.Principal getUserPrincipal() {
            return new Caller(principal);
        }

        @Override
        public boolean isUserInRole(String role) {
            return principal.role().id().equals(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }

    /** Whether a verifier submitted the dataset, or a city key's city is the dataset's city. */
    static boolean mayUse(Principal p, DatasetSummary d) {
        return switch (p.role()) {
            case SECRETARIAT -> true;
            case VERIFIER -> p.keyId().equals(d.owner());
            case CITY -> p.city() != null && p.city().equalsIgnoreCase(d.city());
        };
    }

    /** {@code Authorization: Bearer <key>}, else {@code X-API-Key: <key>}. */
    private static String presentedKey(ContainerRequestContext request) {
        String auth = request.getHeaderString("Authorization");
        if (auth != null && auth.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return auth.substring(BEARER.length()).strip();
        }
        String key = request.getHeaderString("X-API-Key");
        return key == null || key.isBlank() ? null : key.strip();
    }

    static boolean isPublic(Method method) {
        return method.isAnnotationPresent(Public.class)
                || method.getAnnotation(Allow.class) == null && method.getDeclaringClass().isAnnotationPresent(Public.class);
    }

    static Allow allow(Method method) {
        Allow a = method.getAnnotation(Allow.class);
        return a != null ? a : method.getDeclaringClass().getAnnotation(Allow.class);
    }
}
