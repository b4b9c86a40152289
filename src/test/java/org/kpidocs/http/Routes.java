package org.kpidocs.http;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/** The routes an API registers, read from its resource classes, for tests that walk all of them. */
final class Routes {

    private Routes() {
    }

    /** One route: HTTP method, path template as Jersey writes it, and the Java method behind it. */
    record Route(String httpMethod, String template, Method method) {

        /** The template as OpenAPI writes it: {@code {format: pdf|html}} → {@code {format}}. */
        String openApiPath() {
            return template.replaceAll("\\{(\\w+):[^}]*}", "{$1}");
        }
    }

    static List<Route> of(ApiApplication.Dependencies dependencies) {
        List<Route> routes = new ArrayList<>();
        for (Object instance : ApiApplication.create(dependencies).getInstances()) {
            if (instance.getClass().isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                collect(Resource.from(instance.getClass()), "", routes);
            }
        }
        return routes;
    }

    private static void collect(Resource resource, String prefix, List<Route> routes) {
        String path = (prefix + "/" + resource.getPath()).replaceAll("/+", "/");
        for (ResourceMethod m : resource.getResourceMethods()) {
            routes.add(new Route(m.getHttpMethod(), path, m.getInvocable().getDefinitionMethod()));
        }
        for (Resource child : resource.getChildResources()) {
            collect(child, path, routes);
        }
    }
}
