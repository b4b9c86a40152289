package org.kpidocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.kpidocs.assessment.Assessor;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.dataset.DatasetChecker;
import org.kpidocs.dataset.DatasetService;
import org.kpidocs.document.report.VerificationReportService;
import org.kpidocs.http.ApiApplication;
import org.kpidocs.http.FallbackErrorPage;
import org.kpidocs.storage.Database;
import org.kpidocs.workbook.DataCollectionTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running service: wiring only. Builds every part with {@code new} and starts Grizzly. */
public final class Server implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Server.class);

    private final HttpServer http;
    private final Database database;

    private Server(HttpServer http, Database database) {
        this.http = http;
        this.database = database;
    }

    /** Starts the service; returns once it accepts connections. */
    public static Server start(Config config, Clock clock) {
        Catalogue catalogue = Catalogue.load();
        BenchmarkSet benchmarks = BenchmarkSet.load(catalogue);
        Database database = openDatabase(config);
        try {
            DatasetChecker checker = new DatasetChecker(catalogue, benchmarks);
            DatasetService datasets = new DatasetService(checker, database.datasets(), clock,
                    () -> UUID.randomUUID().toString());
            Assessor assessor = new Assessor(catalogue, benchmarks);
            var renderer = Documents.reportRenderer(catalogue, benchmarks, assessor);
            var reports = new VerificationReportService(datasets, renderer);
            var certificates = Certificates.service(config, Certificates.signingKey(config, clock), datasets, assessor,
                    database.certificates(), clock);
            var api = ApiApplication.create(new ApiApplication.Dependencies(catalogue, benchmarks, datasets, assessor,
                    reports, database::isReachable, config.maxDatasetBytes(), config.maxWorkbookBytes(),
                    DataCollectionTemplate.generate(catalogue, benchmarks), certificates, config.maxCertificateBytes()));
            URI uri = URI.create("http://" + config.host() + ":" + config.port() + "/");
            HttpServer http = GrizzlyHttpServerFactory.createHttpServer(uri, api, false);
            http.getServerConfiguration().setMaxPostSize(Math.max(Math.max(config.maxDatasetBytes(),
                    config.maxWorkbookBytes()), config.maxCertificateBytes()));
            http.getServerConfiguration().setDefaultErrorPageGenerator(new FallbackErrorPage(config.maxDatasetBytes()));
            http.start();
            Server server = new Server(http, database);
            Documents.warmUp(renderer, checker);
            LOG.info("kpidocs listening on http://{}:{}/ (catalogue {}, benchmarks {}, database {})", config.host(),
                    server.port(), catalogue.version(), benchmarks.version(),
                    config.dbUrl().isEmpty() ? "embedded at " + config.dataDir().toAbsolutePath() : "external");
            return server;
        } catch (IOException e) {
            database.close();
            throw new UncheckedIOException("Cannot listen on " + config.host() + ":" + config.port(), e);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static Database openDatabase(Config config) {
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

    /** Stops accepting requests, lets running ones finish for a few seconds, then closes the database. */
    @Override
    public void close() {
        try {
            http.shutdown(5, TimeUnit.SECONDS).get();
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
