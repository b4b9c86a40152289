package org.kpidocs;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.kpidocs.render.UncoveredTextException;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code kpidocs.jar}: parses the command line and hands over. No logic here. */
@Command(name = "kpidocs", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Official U4SSC documents from verified city KPI data.",
        subcommands = {Main.Serve.class, CheckCommand.class, ReportCommand.class, FactsheetCommand.Factsheet.class,
                FactsheetCommand.Snapshot.class, TemplateCommand.class, BenchCommand.class, LanguageBenchCommand.class, WorkbookBenchCommand.class,
                LoadTestCommand.class, KeysCommand.class, CertificateCommand.class, CertificateBenchCommand.class})
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(e instanceof Config.ConfigException ? e.getMessage() : "kpidocs: " + e.getMessage());
            // Text the fonts cannot print is a fault of the dataset, like an invalid one (exit code 1).
            return e instanceof UncoveredTextException ? 1 : 2;
        });
    }

    /** With no subcommand the jar serves, as {@code serve} does. */
    @Override
    public Integer call() throws Exception {
        return new Serve().call();
    }

    /** Starts the HTTP service and runs until stopped. */
    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Start the HTTP service (default). Settings come from KPIDOCS_* environment variables.")
    static final class Serve implements Callable<Integer> {
        @Override
        public Integer call() throws InterruptedException {
            Config config = Config.fromEnvironment(System.getenv());
            if (config.logFormat().equals("json")) {
                Logging.json(System.out);
            }
            Server server = Server.start(config, Clock.systemUTC());
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "kpidocs-shutdown"));
            stopped.await();
            return 0;
        }
    }

    /** The version from the jar manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"kpidocs " + (v == null ? "development" : v)};
        }
    }
}
