package org.kpidocs.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.net.URI;
import java.util.regex.Pattern;
import org.kpidocs.auth.Principal;
import org.kpidocs.auth.Role;
import org.kpidocs.job.JobRequest;
import org.kpidocs.job.JobService;
import org.kpidocs.job.JobView;

/**
 * {@code /api/v1/jobs}: long work as jobs. A job renders one kind of document for many datasets; any
 * instance works on its items, and {@code GET} shows the progress of each. Finished documents are
 * kept in the database and served by every instance.
 */
@Path("/api/v1/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Allow({Role.VERIFIER, Role.SECRETARIAT})
public final class JobResource {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final long MAX_REQUEST_BYTES = 256 * 1024;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private final JobService jobs;

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    JobResource(JobService jobs) {
        this.jobs = jobs;
    }

    /** Accepts a job: 202 with its location, or 422 with every problem of the request. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(InputStream body) {
        byte[] bytes = Bodies.read(body, headers.getLength(), MAX_REQUEST_BYTES);
        JobRequest request;
        try {
            request = JSON.readValue(bytes, JobRequest.class);
        } catch (JsonProcessingException e) {
            throw new ProblemException(400, "job-request-malformed", e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (request == null) {
            throw new ProblemException(400, "job-request-malformed", "the body is empty");
        }
        Principal caller = AccessFilter.principal(security);
        JobView job = jobs.create(request, caller == null ? null : caller.keyId(),
                d -> caller == null || AccessFilter.mayUse(caller, d));
        return Response.accepted(job).location(URI.create("/api/v1/jobs/" + job.id())).build();
    }

    @GET
    @Path("{job}")
    public JobView get(@PathParam("job") String id) {
        mayRead(id);
        return jobs.find(id).orElseThrow();
    }

    /** The document of one finished item. */
    @GET
    @Path("{job}/items/{position}")
    @Produces(MediaType.WILDCARD)
    public Response item(@PathParam("job") String id, @PathParam("position") String position) {
        mayRead(id);
        int n;
        try {
            n = Integer.parseInt(position);
        } catch (NumberFormatException e) {
            throw new ProblemException(404, "job-item-not-found", id, position);
        }
        JobView job = jobs.find(id).orElseThrow();
        JobView.Item item = job.items().stream().filter(i -> i.position() == n).findFirst()
                .orElseThrow(() -> new ProblemException(404, "job-item-not-found", id, position));
        return jobs.result(id, n).map(Downloads::of)
                .orElseThrow(() -> new ProblemException(409, "job-item-not-ready", position, item.status()));
    }

    /** Unknown job → 404; a verifier's view is limited to its own jobs → 403. */
    private void mayRead(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new ProblemException(404, "job-not-found", String.valueOf(id));
        }
        String owner = jobs.owner(id).orElseThrow(() -> new ProblemException(404, "job-not-found", id));
        Principal caller = AccessFilter.principal(security);
        if (caller != null && caller.role() == Role.VERIFIER && !caller.keyId().equals(owner)) {
            throw new ProblemException(403, "forbidden-job", caller.keyId());
        }
    }
}
