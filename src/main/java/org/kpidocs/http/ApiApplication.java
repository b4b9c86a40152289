package org.kpidocs.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.ext.ContextResolver;
import java.time.Clock;
import java.util.function.BooleanSupplier;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.media.multipart.MultiPartProperties;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.kpidocs.assessment.Assessor;
import org.kpidocs.auth.ApiKeys;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.dataset.DatasetService;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.document.factsheet.FactsheetService;
import org.kpidocs.document.certificate.CertificateService;
import org.kpidocs.document.report.VerificationReportService;
import org.kpidocs.i18n.Messages;
import org.kpidocs.job.JobService;
import org.kpidocs.storage.AuditStore;
import org.kpidocs.metrics.ServiceMetrics;
import org.kpidocs.workbook.DataCollectionTemplates;
import org.kpidocs.workbook.ScoredWorkbook;
import org.kpidocs.workbook.WorkbookIngest;

/** Builds the API's route table; the server and the tests both use {@link #create}. */
public final class ApiApplication {

    /** Parts accepted in one {@code multipart/form-data} request: the file and a few form fields. */
    static final int MAX_FORM_PARTS = 16;

    private ApiApplication() {
    }

    /**
     * What the API needs from the rest of the service.
     *
     * @param database        answers whether the database is reachable
     * @param maxDatasetBytes largest accepted dataset body
     * @param maxWorkbookBytes largest accepted Data Collection Template upload (.xlsx)
     * @param templates       the blank Data Collection Template in each language
     * @param scoredWorkbooks datasets as filled templates with the scoring sheets
     * @param metrics         where requests are counted and which {@code /metrics} shows
     * @param keys            the API keys callers authenticate with
     * @param jobs            jobs: many documents rendered by any instance
     * @param factsheets      the Factsheet and City Snapshot
     * @param audit           the audit log, which every change and every refused key is appended to
     * @param clock           the time of audit entries
     * @param certificates    the certificate registry; null leaves its routes out
     * @param maxCertificateUploadBytes largest PDF accepted for verification
     * @param arabicDigits    the digits of Arabic documents unless a request chooses
     */
    public record Dependencies(Catalogue catalogue, BenchmarkSet benchmarks, DatasetService datasets,
                               Assessor assessor, VerificationReportService reports, BooleanSupplier database,
                               long maxDatasetBytes, long maxWorkbookBytes, DataCollectionTemplates templates,
                               ScoredWorkbook scoredWorkbooks, ServiceMetrics metrics, ApiKeys keys, JobService jobs,
                               FactsheetService factsheets, CertificateService certificates,
                               long maxCertificateUploadBytes, AuditStore audit, Clock clock,
                               DocumentLanguage.Digits arabicDigits) {
    }

    public static ResourceConfig create(Dependencies d) {
        Messages messages = new Messages("messages/api");
        ResourceConfig config = new ResourceConfig();
        config.register(new KpiResource(d.catalogue(), d.benchmarks()));
        config.register(new BenchmarkResource(d.benchmarks()));
        config.register(new DatasetResource(d.datasets(), d.assessor(), messages, d.maxDatasetBytes(),
                d.maxWorkbookBytes(), new WorkbookIngest(d.datasets(), d.catalogue())));
        Languages languages = new Languages(d.arabicDigits());
        config.register(new ReportResource(d.reports(), languages));
        config.register(new FactsheetResource(d.factsheets(), languages));
        config.register(new TemplateResource(d.templates(), languages));
        config.register(new ScoredWorkbookResource(d.scoredWorkbooks(), languages));
        config.register(new JobResource(d.jobs()));
        config.register(new DatasetCertificateResource(d.certificates(), languages));
        config.register(new CertificateResource(d.certificates(), messages, d.maxCertificateUploadBytes()));
        config.register(new HealthResource(d.database(), d.catalogue().version(), d.benchmarks().version()));
        config.register(new MetricsResource(d.metrics()));
        config.register(new OpenApiResource());
        config.register(new AuditResource(d.audit()));
        config.register(new AuditFilter(d.audit(), d.clock()));
        config.register(new RequestObserver(d.metrics()));
        config.register(new AccessFilter(d.keys(), d.datasets()));
        config.register(new ProblemMapper(messages));
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(MultiPartFeature.class);
        // A form upload has one file part; a flood of parts is refused before anything is buffered.
        config.property(MultiPartProperties.MAX_PARTS, MAX_FORM_PARTS);
        config.register(new MapperResolver(mapper()));
        // Jersey must not answer errors with its own HTML pages or leak WADL.
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.BV_FEATURE_DISABLE, true);
        return config;
    }

    /** Hands Jersey's Jackson provider our mapper (a named class: Jersey needs the generic type). */
    private static final class MapperResolver implements ContextResolver<ObjectMapper> {
        private final ObjectMapper mapper;

        MapperResolver(ObjectMapper mapper) {
            this.mapper = mapper;
        }

        @Override
        public ObjectMapper getContext(Class<?> type) {
            return mapper;
        }
    }

    private static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }
}
