package org.kpidocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.kpidocs.assessment.Assessor;
import org.kpidocs.auth.ApiKeys;
import org.kpidocs.auth.Role;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.dataset.DatasetChecker;
import org.kpidocs.dataset.DatasetService;
import org.kpidocs.document.factsheet.FactsheetService;
import org.kpidocs.document.report.VerificationReportService;
import org.kpidocs.http.ApiApplication;
import org.kpidocs.http.FallbackErrorPage;
import org.kpidocs.storage.Database;
import org.kpidocs.i18n.Messages;
import org.kpidocs.job.DocumentMaker;
import org.kpidocs.job.JobService;
import org.kpidocs.job.JobWorker;
import org.kpidocs.metrics.ServiceMetrics;
import org.kpidocs.render.FontSet;
import org.kpidocs.render.PdfRenderer;
import org.kpidocs.workbook.DataCollectionTemplates;
import org.kpidocs.workbook.ScoredWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running service: wiring only. Builds every part with {@code new} and starts Grizzly. */
public final class Server implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Server.class);

    private final HttpServer http;
    private final Database database;
    private final PdfRenderer renderer;
    private final Duration grace;

    private final JobWorker worker;

    private Server(HttpServer http, Database database, PdfRenderer renderer, Duration grace, JobWorker worker) {
        this.http = http;
        this.database = database;
        this.renderer = renderer;
        this.grace = grace;
        this.worker = worker;
    }

    /** Starts the service; returns once it accepts connections. */
    public static Server start(Config config, Clock clock) {
        Catalogue catalogue = Catalogue.load();
        BenchmarkSet benchmarks = BenchmarkSet.load(catalogue);
        Database database = openDatabase(config);
        JobWorker worker = null;
        try {
            DatasetChecker checker = new DatasetChecker(catalogue, benchmarks);
            DatasetService datasets = new DatasetService(checker, database.datasets(), clock,
                    () -> UUID.randomUUID().toString());
            Assessor assessor = new Assessor(catalogue, benchmarks);
            ApiKeys keys = new ApiKeys(database.apiKeys(), clock);
            firstSecretariatKey(keys, config);
            ServiceMetrics metrics = new ServiceMetrics();
            PdfRenderer pdf = new PdfRenderer(FontSet.load(), config.renderLimits(), metrics);
            metrics.renderPool(pdf::queued, pdf::active);
            var engine = Documents.Engine.create(pdf);
            var renderer = Documents.reportRenderer(catalogue, benchmarks, assessor, engine);
            var reports = new VerificationReportService(datasets, renderer);
            var factsheetRenderer = Documents.factsheetRenderer(catalogue, benchmarks, assessor, engine);
            var factsheets = new FactsheetService(datasets, factsheetRenderer);
            Map<String, DocumentMaker> makers = Map.of(
                    "verification-report.pdf", reports::pdf,
                    "verification-report.html", reports::html,
                    "factsheet.pdf", (id, lang) -> factsheets.pdf(FactsheetService.Kind.FACTSHEET, id, lang),
                    "factsheet.html", (id, lang) -> factsheets.html(FactsheetService.Kind.FACTSHEET, id, lang),
                    "snapshot.pdf", (id, lang) -> factsheets.pdf(FactsheetService.Kind.SNAPSHOT, id, lang),
                    "snapshot.html", (id, lang) -> factsheets.html(FactsheetService.Kind.SNAPSHOT, id, lang));
            Map<String, DocumentMaker> documents = new java.util.TreeMap<>();
            makers.forEach((name, maker) -> documents.put(name, maker.withDefaultDigits(config.arabicDigits())));
            JobService jobs = new JobService(database.jobs(), datasets, documents, clock, () -> UUID.randomUUID().toString());
            worker = new JobWorker(database.jobs(), documents, clock, config.instanceName(),
                    Duration.ofSeconds(config.jobLeaseSeconds()), 3, Duration.ofMillis(500)).start(config.jobWorkers());
            var certificates = Certificates.service(config, Certificates.signingKey(config, clock), datasets, assessor,
                    database.certificates(), clock, pdf);
            var api = ApiApplication.create(new ApiApplication.Dependencies(catalogue, benchmarks, datasets, assessor,
                    reports, database::isReachable, config.maxDatasetBytes(), config.maxWorkbookBytes(),
                    new DataCollectionTemplates(catalogue, benchmarks),
                    new ScoredWorkbook(catalogue, benchmarks, datasets, assessor, new Messages("messages/api")),
                    metrics, keys, jobs, factsheets, certificates, config.maxCertificateBytes(), database.audit(), clock,
                    config.arabicDigits()));
            URI uri = URI.create("http://" + config.host() + ":" + config.port() + "/");
            HttpServer http = GrizzlyHttpServerFactory.createHttpServer(uri, api, false);
            // Grizzly's default worker pool is a few threads with an unbounded queue: under load, requests
            // would wait there, unseen by the render pool's limits, and /health with them.
            for (var listener : http.getListeners()) {
                listener.getTransport().setWorkerThreadPoolConfig(ThreadPoolConfig.defaultConfig()
                        .setPoolName("kpidocs-http").setCorePoolSize(config.httpThreads())
                        .setMaxPoolSize(config.httpThreads()).setQueueLimit(-1));
            }
            // Grizzly's own limit is the largest of the routes' limits; each route enforces its own below it.
            Map<String, Long> limits = Map.of("maxDatasetBytes", config.maxDatasetBytes(),
                    "maxWorkbookBytes", config.maxWorkbookBytes(), "maxCertificateBytes", config.maxCertificateBytes());
            var largest = limits.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            http.getServerConfiguration().setMaxPostSize(largest.getValue());
            http.getServerConfiguration().setDefaultErrorPageGenerator(new FallbackErrorPage(largest.getValue(),
                    Config.variable(largest.getKey())));
            http.start();
            Server server = new Server(http, database, pdf, Duration.ofSeconds(config.renderTimeLimitSeconds()), worker);
            Documents.warmUp(renderer, factsheetRenderer, checker);
            LOG.info("kpidocs listening on http://{}:{}/ (catalogue {}, benchmarks {}, database {})", config.host(),
                    server.port(), catalogue.version(), benchmarks.version(),
                    config.dbUrl().isEmpty() ? "embedded at " + config.dataDir().toAbsolutePath() : "external");
            return server;
        } catch (IOException e) {
            stop(worker, database);
            throw new UncheckedIOException("Cannot listen on " + config.host() + ":" + config.port(), e);
        } catch (RuntimeException e) {
            stop(worker, database);
            throw e;
        }
    }

    private static void stop(JobWorker worker, Database database) {
        if (worker != null) {
            worker.close();
        }
        database.close();
    }

    /** The file the first secretariat key is written to, in the data directory. */
    static final String FIRST_KEY_FILE = "first-secretariat-key.txt";

    /**
     * Without any secretariat key nobody could use the service, so the first start creates one and
     * writes it to a file only this user can read (as Jenkins does with its initial admin password);
     * the log says where. Whoever reads it should create named keys and revoke this one.
     */
    private static void firstSecretariatKey(ApiKeys keys, Config config) {
        if (keys.hasSecretariat()) {
            return;
        }
        try {
            writeFirstKey(keys, config);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the first secretariat key into " + config.dataDir().toAbsolutePath()
                    + " (set KPIDOCS_DATA_DIR to a writable directory)", e);
        }
    }

    private static void writeFirstKey(ApiKeys keys, Config config) throws IOException {
        ApiKeys.Created first = keys.create(Role.SECRETARIAT, null, "first key, created at first start");
        Files.createDirectories(config.dataDir());
        Path file = config.dataDir().resolve(FIRST_KEY_FILE);
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, first.secret() + System.lineSeparator());
        LOG.warn("No secretariat API key existed, so one was created (id {}). It is in {}: read it, create named keys"
                + " with it, then revoke it and delete the file.", first.key().id(), file.toAbsolutePath());
    }

    static Database openDatabase(Config config) {
        if (config.dbUrl().isEmpty()) {
            try {
                Files.createDirectories(config.dataDir());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create data directory " + config.dataDir().toAbsolutePath(), e);
            }
        }
        return Database.open(config.jdbcUrl(), config.dbUser(), config.dbPassword(), config.dbPoolSize());
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return http.getListeners().iterator().next().getPort();
    }

    /**
     * Stops accepting requests and lets running ones, renders included, finish for up to the render
     * time limit; then closes the database. A render cut off by a shutdown would be a request that
     * fails for no reason of its own.
     */
    @Override
    public void close() {
        try {
            // The job worker first: it finishes the item in hand, and unclaimed items wait for another instance.
            worker.close();
            http.shutdown(grace.toSeconds() + 1, TimeUnit.SECONDS).get();
            if (!renderer.shutdown(Duration.ofSeconds(1))) {
                LOG.warn("Renders still running at shutdown were abandoned");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            LOG.warn("Unclean HTTP shutdown", e);
        } finally {
            http.shutdownNow();
            database.close();
        }
    }
}
