package org.kpidocs.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kpidocs.auth.Role;

/**
 * Every route × every caller: no key, a revoked key, a verifier (its own dataset and another's), the
 * secretariat, and city keys of the dataset's city and of another city. The routes come from the
 * registered resource classes themselves, so a new route is in the matrix without anyone adding it;
 * the expected answer comes from its {@link Allow}/{@link Public} marking, which every resource
 * method must carry.
 */
class AccessMatrixTest {

    private static ApiTest.Api api;
    private static String verifier;
    private static String otherVerifier;
    private static String city;
    private static String otherCity;
    private static String revoked;
    private static String ownedByVerifier;
    private static String ownedBySecretariat;

    @BeforeAll
    static void start() throws Exception {
        api = ApiTest.Api.start(null, null, 5L << 20);
        verifier = api.key(Role.VERIFIER, null);
        otherVerifier = api.key(Role.VERIFIER, null);
        city = api.key(Role.CITY, "lumeria");
        otherCity = api.key(Role.CITY, "Ålesund");
        revoked = api.key(Role.VERIFIER, null);
        api.keys().revoke(revoked.substring("kpidocs_".length(), "kpidocs_".length() + 8));
        String lumeria = Files.readString(Path.of("samples/lumeria-2025.json"));
        ownedByVerifier = created(api.sendAs(verifier, post("/api/v1/datasets", lumeria)));
        ownedBySecretariat = created(api.send(post("/api/v1/datasets", lumeria)));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static String created(ApiTest.Reply r) {
        r.assertJson(201);
        return r.json().get("id").asText();
    }

    private static HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(api.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static String path(Routes.Route route, String datasetId) {
        return route.template().replace("{id}", datasetId).replace("{version}", "1").replace("{code}", "EC-ICT-ICT-1C")
                // a regular-expression parameter takes its first alternative: {format: pdf|html} → pdf
                .replaceAll("\\{\\w+: ([^|}]+)[^}]*}", "$1").replaceAll("\\{[^}]+}", "x");
    }

    private static List<Routes.Route> routes() {
        return Routes.of(api.dependencies());
    }

    @Test
    void everyResourceMethodSaysWhoMayCallIt() {
        List<Routes.Route> routes = routes();
        assertThat(routes).hasSizeGreaterThan(15);
        assertThat(routes).allSatisfy(r -> assertThat(AccessFilter.isPublic(r.method()) || AccessFilter.allow(r.method()) != null)
                .as("%s %s (%s) has @Allow or @Public", r.httpMethod(), r.template(), r.method()).isTrue());
    }

    @Test
    void everyRouteAnswersEveryCallerAsItsMarkingSays() {
        List<String> mismatches = new ArrayList<>();
        for (Routes.Route route : routes()) {
            boolean open = AccessFilter.isPublic(route.method());
            Allow allow = AccessFilter.allow(route.method());
            Set<Role> roles = allow == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(allow.value()));
            boolean scoped = allow != null && allow.ownDataset();
            String dataset = scoped ? ownedByVerifier : ownedBySecretariat;
            // caller → expected class of answer: 401, 403, or "through" (anything else)
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("no key", open ? "through" : "401");
            expected.put("revoked key", open ? "through" : "401");
            expected.put("secretariat", open || roles.contains(Role.SECRETARIAT) ? "through" : "403");
            expected.put("verifier, own dataset", open || roles.contains(Role.VERIFIER) ? "through" : "403");
            expected.put("verifier, another's dataset", open ? "through"
                    : !roles.contains(Role.VERIFIER) ? "403" : scoped ? "403" : "through");
            expected.put("city of the dataset", open || roles.contains(Role.CITY) ? "through" : "403");
            expected.put("another city", open ? "through" : !roles.contains(Role.CITY) ? "403" : scoped ? "403" : "through");
            Map<String, String> keys = new LinkedHashMap<>();
            keys.put("no key", null);
            keys.put("revoked key", revoked);
            keys.put("secretariat", null);
            keys.put("verifier, own dataset", verifier);
            keys.put("verifier, another's dataset", otherVerifier);
            keys.put("city of the dataset", city);
            keys.put("another city", otherCity);
            for (Map.Entry<String, String> caller : keys.entrySet()) {
                HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path(route, dataset)))
                        .method(route.httpMethod(), route.httpMethod().equals("GET")
                                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"))
                        .header("Content-Type", "application/json");
                ApiTest.Reply r = caller.getKey().equals("secretariat") ? api.send(request)
                        : api.sendAs(caller.getValue(), request);
                String got = r.status() == 401 ? "401" : r.status() == 403 ? "403" : "through";
                String want = expected.get(caller.getKey());
                if (!got.equals(want)) {
                    mismatches.add(route.httpMethod() + " " + route.template() + " as " + caller.getKey() + ": expected "
                            + want + ", got " + r.status() + " " + r.body());
                }
                if (r.status() == 401) {
                    assertThat(r.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"kpidocs\"");
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void aVerifierListsTheDatasetsItSubmittedAndACityKeyItsCitysOnly() {
        ApiTest.Reply mine = api.sendAs(verifier, HttpRequest.newBuilder(api.uri("/api/v1/datasets")).GET());
        ApiTest.Reply theirs = api.sendAs(otherVerifier, HttpRequest.newBuilder(api.uri("/api/v1/datasets")).GET());
        ApiTest.Reply lumeria = api.sendAs(city, HttpRequest.newBuilder(api.uri("/api/v1/datasets")).GET());
        ApiTest.Reply alesund = api.sendAs(otherCity, HttpRequest.newBuilder(api.uri("/api/v1/datasets")).GET());
        ApiTest.Reply all = api.get("/api/v1/datasets");

        assertThat(mine.json().get("datasets").findValuesAsText("id")).containsExactly(ownedByVerifier);
        assertThat(theirs.json().get("total").asInt()).isZero();
        assertThat(lumeria.json().get("datasets").findValuesAsText("id"))
                .containsExactlyInAnyOrder(ownedByVerifier, ownedBySecretariat);
        assertThat(alesund.json().get("total").asInt()).isZero();
        assertThat(all.json().get("total").asInt()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aMistypedKeyIsRefusedLikeAMissingOneWithoutSayingWhichPartWasWrong() {
        String typo = verifier.substring(0, verifier.length() - 1) + (verifier.endsWith("a") ? "b" : "a");
        for (String key : List.of(typo, "kpidocs_zzzzzzzz_" + "A".repeat(32), "not-a-key")) {
            ApiTest.Reply r = api.sendAs(key, HttpRequest.newBuilder(api.uri("/api/v1/datasets")).GET());
            r.assertProblem(401, "invalid-api-key");
            assertThat(r.body()).doesNotContain(key);
        }
        ApiTest.Reply viaHeader = api.sendAs(null, HttpRequest.newBuilder(api.uri("/api/v1/datasets"))
                .header("X-API-Key", verifier).GET());
        viaHeader.assertJson(200);
    }
}
