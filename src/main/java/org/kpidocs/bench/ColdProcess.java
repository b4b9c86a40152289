package org.kpidocs.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A fresh {@code java -jar kpidocs.jar report FILE -o DIR} process, timed from start to exit: JVM
 * start, class loading, catalogue, dataset check, and both documents (PDF and HTML) written, all
 * without JIT warm-up. The child gets the same heap options as this JVM.
 */
final class ColdProcess {

    private static final long TIMEOUT_SECONDS = 300;

    private final Path jar;

    private ColdProcess(Path jar) {
        this.jar = jar;
    }

    /** The jar this code runs from, or empty when it runs from a classes folder (e.g. in the IDE). */
    static Optional<ColdProcess> fromCodeSource() {
        try {
            var source = ColdProcess.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? Optional.of(new ColdProcess(p)) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }

    Path jar() {
        return jar;
    }

    /** The command, for the record: java [heap options] -jar kpidocs.jar report FILE -o DIR. */
    List<String> command(Path dataset, Path out) {
        return command("report", dataset, out);
    }

    /** The command of another document: java [heap options] -jar kpidocs.jar COMMAND FILE -o DIR. */
    List<String> command(String document, Path dataset, Path out) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-Xmx") || arg.startsWith("-Xms") || arg.startsWith("-XX:MaxHeapSize")) {
                cmd.add(arg);
            }
        }
        cmd.addAll(List.of("-jar", jar.toString(), document, dataset.toString(), "-o", out.toString()));
        return cmd;
    }

    /** Runs one {@code report} process and returns its wall time in nanoseconds. */
    long run(Path dataset) throws IOException, InterruptedException {
        return run("report", dataset);
    }

    /** Runs one process of the given document command and returns its wall time in nanoseconds. */
    long run(String document, Path dataset) throws IOException, InterruptedException {
        Path out = TempDirs.create("kpidocs-bench-cold");
        try {
            ProcessBuilder pb = new ProcessBuilder(command(document, dataset, out)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            long start = System.nanoTime();
            Process p = pb.start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("kpidocs " + document + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            long elapsed = System.nanoTime() - start;
            if (p.exitValue() != 0) {
                throw new IOException("kpidocs " + document + " exited with " + p.exitValue());
            }
            return elapsed;
        } finally {
            TempDirs.delete(out);
        }
    }
}
