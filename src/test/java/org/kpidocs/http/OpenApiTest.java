package org.kpidocs.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kpidocs.auth.Role;

/** {@code /openapi.json} describes exactly the routes the service registers, with their access rules. */
class OpenApiTest {

    private static ApiTest.Api api;
    private static ApiTest.Reply document;

    @BeforeAll
    static void start() {
        api = ApiTest.Api.start(null, null, 5L << 20);
        document = api.sendAs(null, java.net.http.HttpRequest.newBuilder(api.uri("/openapi.json")).GET());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void isServedToAnyoneAsAValidOpenApiDocument() {
        document.assertJson(200);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document.body(), null, null);
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getPaths()).isNotEmpty();
    }

    @Test
    void describesEveryRegisteredRouteAndNoOther() {
        Set<String> registered = new TreeSet<>();
        for (Routes.Route r : Routes.of(api.dependencies())) {
            registered.add(r.httpMethod() + " " + r.openApiPath());
        }
        Set<String> described = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.json().get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(m -> described.add(m.toUpperCase() + " " + path.getKey()));
        }
        assertThat(described).isEqualTo(registered);
    }

    @Test
    void saysWhichRolesMayCallEachRouteAsTheServiceEnforcesIt() {
        List<String> wrong = new ArrayList<>();
        for (Routes.Route r : Routes.of(api.dependencies())) {
            JsonNode op = document.json().get("paths").get(r.openApiPath()).get(r.httpMethod().toLowerCase());
            Set<String> documented = new TreeSet<>();
            op.get("x-kpidocs-roles").forEach(n -> documented.add(n.asText()));
            Set<String> enforced = new TreeSet<>();
            if (!AccessFilter.isPublic(r.method())) {
                Allow allow = AccessFilter.allow(r.method());
                (allow == null ? List.of(Role.SECRETARIAT) : Arrays.asList(allow.value())).forEach(x -> enforced.add(x.id()));
            }
            boolean open = op.get("security").isEmpty();
            if (!documented.equals(enforced) || open != enforced.isEmpty()) {
                wrong.add(r.httpMethod() + " " + r.template() + ": documented " + documented + ", enforced " + enforced);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void documentsEveryQueryParameterAResourceMethodReads() {
        List<String> missing = new ArrayList<>();
        for (Routes.Route r : Routes.of(api.dependencies())) {
            JsonNode op = document.json().get("paths").get(r.openApiPath()).get(r.httpMethod().toLowerCase());
            Set<String> documented = new TreeSet<>();
            op.path("parameters").forEach(p -> {
                if ("query".equals(p.path("in").asText())) {
                    documented.add(p.path("name").asText());
                }
            });
            for (java.lang.reflect.Parameter p : r.method().getParameters()) {
                jakarta.ws.rs.QueryParam q = p.getAnnotation(jakarta.ws.rs.QueryParam.class);
                if (q != null && !documented.contains(q.value())) {
                    missing.add(r.httpMethod() + " " + r.template() + " ?" + q.value());
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
