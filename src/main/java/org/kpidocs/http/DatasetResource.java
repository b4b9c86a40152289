package org.kpidocs.http;

import jakarta.ws.rs.core.SecurityContext;
import org.kpidocs.auth.Principal;
import org.kpidocs.auth.Role;
import org.kpidocs.storage.DatasetStore;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.kpidocs.assessment.Assessment;
import org.kpidocs.assessment.Assessor;
import org.kpidocs.dataset.Dataset;
import org.kpidocs.dataset.DatasetChecker;
import org.kpidocs.dataset.DatasetNotFoundException;
import org.kpidocs.dataset.DatasetService;
import org.kpidocs.dataset.DatasetSummary;
import org.kpidocs.dataset.Issue;
import org.kpidocs.dataset.StoredDataset;
import org.kpidocs.i18n.Messages;
import org.kpidocs.workbook.DataCollectionTemplate;
import org.kpidocs.workbook.WorkbookIngest;
import org.kpidocs.workbook.WorkbookUnreadableException;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

/** {@code /api/v1/datasets}: submit, replace, list, fetch and assess city datasets. */
@Path("/api/v1/datasets")
@Produces(MediaType.APPLICATION_JSON)
public final class DatasetResource {

    private static final int MAX_PAGE = 1000;

    private final DatasetService datasets;
    private final Assessor assessor;
    private final Messages messages;
    private final long maxBytes;
    private final long maxWorkbookBytes;
    private final WorkbookIngest workbooks;

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    DatasetResource(DatasetService datasets, Assessor assessor, Messages messages, long maxBytes,
                    long maxWorkbookBytes, WorkbookIngest workbooks) {
        this.datasets = datasets;
        this.assessor = assessor;
        this.messages = messages;
        this.maxBytes = maxBytes;
        this.maxWorkbookBytes = maxWorkbookBytes;
        this.workbooks = workbooks;
    }

    /** The answer to an accepted submission. */
    record Receipt(String id, int version, String href, String assessment, String sha256,
                   List<Problem.ProblemError> warnings) {
    }

    /** The answer to a check: valid (else the 422 problem), the hash it would be stored under, warnings. */
    record CheckResult(boolean valid, String sha256, List<Problem.ProblemError> warnings) {
    }

    /** A stored dataset version with its metadata. */
    record DatasetView(String id, int version, Instant createdAt, Instant updatedAt, String sha256,
                       String assessment, Dataset dataset, List<Problem.ProblemError> warnings) {
    }

    record DatasetList(int total, int limit, int offset, List<Line> datasets) {
        record Line(String id, int version, String city, String country, int reportingYear, Instant createdAt,
                    Instant updatedAt, String href) {
        }
    }

    /** Accepts a new dataset: 201 with its location, or 422 with every problem. */
    @POST
    @Allow({Role.VERIFIER, Role.SECRETARIAT})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(InputStream body) {
        StoredDataset stored = datasets.create(Bodies.read(body, headers.getLength(), maxBytes), owner());
        return created(stored);
    }

    /**
     * Accepts a filled Data Collection Template (raw .xlsx body): answered like {@link #create}, and a
     * rejected workbook's problems carry the cell of each value. A body that is not an .xlsx workbook
     * gets 400 {@code workbook-unreadable}.
     */
    @POST
    @Allow({Role.VERIFIER, Role.SECRETARIAT})
    @Consumes(DataCollectionTemplate.MEDIA_TYPE)
    public Response createFromWorkbook(InputStream body) {
        java.nio.file.Path file = null;
        try {
            file = Bodies.spool(body, headers.getLength(), maxWorkbookBytes);
            StoredDataset stored = workbooks.create(file, owner());
            return created(stored);
        } catch (WorkbookUnreadableException e) {
            throw new ProblemException(400, "workbook-unreadable", e.reason());
        } finally {
            Bodies.delete(file);
        }
    }

    /**
     * Accepts an upload from a browser form ({@code multipart/form-data}) with the file in the part
     * named {@code file}: a filled Data Collection Template, or a dataset JSON file. The part's content
     * decides, not its declared type or file name, which browsers set from the extension; each kind has
     * its own size limit as on the raw routes.
     */
    @POST
    @Allow({Role.VERIFIER, Role.SECRETARIAT})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response createFromForm(FormDataMultiPart form) {
        if (form == null) {
            throw new ProblemException(400, "form-file-missing", FILE_PART);
        }
        try {
            List<FormDataBodyPart> files = form.getFields(FILE_PART);
            if (files == null || files.isEmpty()) {
                throw new ProblemException(400, "form-file-missing", FILE_PART);
            }
            if (files.size() > 1) {
                throw new ProblemException(400, "form-file-repeated", FILE_PART, String.valueOf(files.size()));
            }
            java.nio.file.Path file = null;
            try (InputStream in = files.get(0).getValueAs(InputStream.class)) {
                file = Bodies.spool(in, -1, Math.max(maxWorkbookBytes, maxBytes));
                if (looksLikeJson(file)) {
                    if (java.nio.file.Files.size(file) > maxBytes) {
                        throw Bodies.tooLarge(maxBytes, Bodies.DATASET_LIMIT);
                    }
                    return created(datasets.create(java.nio.file.Files.readAllBytes(file), owner()));
                }
                if (java.nio.file.Files.size(file) > maxWorkbookBytes) {
                    throw Bodies.tooLarge(maxWorkbookBytes, Bodies.WORKBOOK_LIMIT);
                }
                return created(workbooks.create(file, owner()));
            } catch (WorkbookUnreadableException e) {
                throw new ProblemException(400, "workbook-unreadable", e.reason());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Cannot read the uploaded file", e);
            } finally {
                Bodies.delete(file);
            }
        } finally {
            form.cleanup();
        }
    }

    /** The form part that carries the uploaded file. */
    static final String FILE_PART = "file";

    /** Whether a file starts, after any byte-order mark and white space, with a JSON object. */
    private static boolean looksLikeJson(java.nio.file.Path file) throws java.io.IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            byte[] head = in.readNBytes(64);
            int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF ? 3 : 0;
            while (i < head.length && Character.isWhitespace(head[i])) {
                i++;
            }
            return i < head.length && head[i] == '{';
        }
    }

    /** Checks a dataset without storing it: 200 with warnings, or the same 422 a submission would get. */
    @POST
    @Allow({Role.VERIFIER, Role.SECRETARIAT, Role.CITY})
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    public CheckResult check(InputStream body) {
        DatasetChecker.Accepted accepted = datasets.check(Bodies.read(body, headers.getLength(), maxBytes));
        return new CheckResult(true, accepted.sha256(), words(accepted.warnings()));
    }

    /** Replaces a dataset with a new version; earlier versions stay readable. */
    @PUT
    @Allow(value = {Role.VERIFIER, Role.SECRETARIAT}, ownDataset = true)
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String id, InputStream body) {
        StoredDataset stored = datasets.replace(id, Bodies.read(body, headers.getLength(), maxBytes));
        return Response.ok(receipt(stored)).tag(etag(stored)).build();
    }

    @GET
    @Allow({Role.VERIFIER, Role.SECRETARIAT, Role.CITY})
    public DatasetList list(@QueryParam("limit") @DefaultValue("100") String limit,
                            @QueryParam("offset") @DefaultValue("0") String offset) {
        int l = Parameters.bounded("limit", limit, 1, MAX_PAGE);
        int o = Parameters.bounded("offset", offset, 0, Integer.MAX_VALUE);
        DatasetStore.Scope scope = scope();
        List<DatasetList.Line> lines = datasets.list(l, o, scope).stream().map(DatasetResource::line).toList();
        return new DatasetList(datasets.count(scope), l, o, lines);
    }

    @GET
    @Allow(value = {Role.VERIFIER, Role.SECRETARIAT, Role.CITY}, ownDataset = true)
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        StoredDataset stored = datasets.find(id).orElseThrow(() -> new DatasetNotFoundException(id));
        return Response.ok(view(stored)).tag(etag(stored)).build();
    }

    @GET
    @Allow(value = {Role.VERIFIER, Role.SECRETARIAT, Role.CITY}, ownDataset = true)
    @Path("{id}/versions/{version}")
    public DatasetView version(@PathParam("id") String id, @PathParam("version") String version) {
        int v = Parameters.bounded("version", version, 1, Integer.MAX_VALUE);
        datasets.find(id).orElseThrow(() -> new DatasetNotFoundException(id));
        return view(datasets.find(id, v).orElseThrow(
                () -> new ProblemException(404, "dataset-version-not-found", id, version)));
    }

    /** The U4SSC scoring of the latest version. */
    @GET
    @Allow(value = {Role.VERIFIER, Role.SECRETARIAT, Role.CITY}, ownDataset = true)
    @Path("{id}/assessment")
    public AssessmentAnswer assessment(@PathParam("id") String id) {
        StoredDataset stored = datasets.find(id).orElseThrow(() -> new DatasetNotFoundException(id));
        org.kpidocs.assessment.LocalAssessment local = assessor.assessLocal(stored.dataset());
        return new AssessmentAnswer(assessor.assess(stored.id(), stored.version(), stored.dataset()),
                local.isEmpty() ? null : local, words(stored.warnings()));
    }

    /**
     * The assessment with the dataset's warnings beside it, among them the screening checks of the
     * Verification Manual §6.1 that the verifier should look at before trusting the scores.
     *
     * @param localKpis the dataset's local KPIs scored apart from the U4SSC scores; absent when it has none
     */
    record AssessmentAnswer(@JsonUnwrapped Assessment assessment,
                            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                            org.kpidocs.assessment.LocalAssessment localKpis,
                            List<Problem.ProblemError> warnings) {
    }

    /** The key that submits a dataset, recorded as its owner. */
    private String owner() {
        Principal p = AccessFilter.principal(security);
        return p == null ? null : p.keyId();
    }

    /** What the caller may list: a verifier its own datasets, a city key its city's, the secretariat all. */
    private DatasetStore.Scope scope() {
        Principal p = AccessFilter.principal(security);
        if (p == null || p.role() == Role.SECRETARIAT) {
            return DatasetStore.Scope.ALL;
        }
        return p.role() == Role.VERIFIER ? new DatasetStore.Scope(p.keyId(), null) : new DatasetStore.Scope(null, p.city());
    }

    private Response created(StoredDataset s) {
        return Response.created(URI.create(href(s.id()))).tag(etag(s)).entity(receipt(s)).build();
    }

    private Receipt receipt(StoredDataset s) {
        return new Receipt(s.id(), s.version(), href(s.id()), href(s.id()) + "/assessment", s.sha256(),
                words(s.warnings()));
    }

    private DatasetView view(StoredDataset s) {
        return new DatasetView(s.id(), s.version(), s.createdAt(), s.updatedAt(), s.sha256(),
                href(s.id()) + "/assessment", s.dataset(), words(s.warnings()));
    }

    private List<Problem.ProblemError> words(List<Issue> issues) {
        return issues.stream().map(i -> Problem.ProblemError.of(messages, RequestLocale.of(headers), i)).toList();
    }

    private static DatasetList.Line line(DatasetSummary s) {
        return new DatasetList.Line(s.id(), s.version(), s.city(), s.country(), s.reportingYear(), s.createdAt(),
                s.updatedAt(), href(s.id()));
    }

    private static String href(String id) {
        return "/api/v1/datasets/" + id;
    }

    private static EntityTag etag(StoredDataset s) {
        return new EntityTag(s.sha256());
    }
}
