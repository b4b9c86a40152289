package org.kpidocs.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium as the peer: the same HTML printed to PDF by a process per document (cold), and
 * by one browser kept open and driven over the DevTools protocol (warm), the way a service would
 * use it. Every browser this class starts is stopped, with its helper processes, before it returns
 * or in {@link Warm#close()}.
 */
final class Chromium {

    /** Flags of both modes: no sandbox (root in a container), no GPU, and no background network traffic. */
    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Path executable;

    private Chromium(Path executable) {
        this.executable = executable;
    }

    /** The given executable, else {@code /usr/bin/chromium}, else {@code chromium} on the PATH. */
    static Optional<Chromium> locate(Path given) {
        if (given != null) {
            return Files.isExecutable(given) ? Optional.of(new Chromium(given)) : Optional.empty();
        }
        Path usual = Path.of("/usr/bin/chromium");
        if (Files.isExecutable(usual)) {
            return Optional.of(new Chromium(usual));
        }
        String path = System.getenv("PATH");
        for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, "chromium");
                if (Files.isExecutable(candidate)) {
                    return Optional.of(new Chromium(candidate));
                }
            }
        }
        return Optional.empty();
    }

    Path executable() {
        return executable;
    }

    /** {@code chromium --version}, e.g. "Chromium 156.0.8078.79 built on Debian GNU/Linux 12 (bookworm)". */
    String version() {
        try {
            Process p = new ProcessBuilder(executable.toString(), "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor(10, TimeUnit.SECONDS);
            // Debian's wrapper script may print a shell warning first; the version is the last line.
            String[] lines = out.split("\\R");
            return lines[lines.length - 1];
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /** The command line of one cold print. */
    List<String> coldCommand(Path profile, Path pdf, Path html) {
        List<String> cmd = new ArrayList<>();
        cmd.add(executable.toString());
        cmd.addAll(FLAGS);
        cmd.add("--user-data-dir=" + profile);
        cmd.add("--print-to-pdf=" + pdf);
        cmd.add("--no-pdf-header-footer");
        cmd.add(html.toUri().toString());
        return cmd;
    }

    /**
     * One process printing the page, with a fresh profile, timed from start to exit.
     *
     * @return the wall time in nanoseconds and the PDF
     */
    Timed cold(Path html) throws IOException, InterruptedException {
        Path work = TempDirs.create("kpidocs-bench-chromium");
        try {
            Path pdf = work.resolve("out.pdf");
            ProcessBuilder pb = new ProcessBuilder(coldCommand(work.resolve("profile"), pdf, html))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            long start = System.nanoTime();
            Process p = pb.start();
            try {
                if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    throw new IOException("chromium --print-to-pdf did not finish in " + TIMEOUT.toSeconds() + " s");
                }
            } finally {
                stop(p);
            }
            long elapsed = System.nanoTime() - start;
            if (p.exitValue() != 0 || !Files.isRegularFile(pdf)) {
                throw new IOException("chromium --print-to-pdf exited with " + p.exitValue() + " and wrote no PDF");
            }
            return new Timed(elapsed, Files.readAllBytes(pdf));
        } finally {
            TempDirs.delete(work);
        }
    }

    /** Starts a browser to keep open; close it to stop it. */
    Warm warm() throws IOException, InterruptedException {
        return new Warm();
    }

    /** Stops a process this class started and every process it started in turn. */
    private static void stop(Process p) throws InterruptedException {
        List<ProcessHandle> children = p.descendants().toList();
        p.destroy();
        if (!p.waitFor(5, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(5, TimeUnit.SECONDS);
        }
        for (ProcessHandle child : children) {
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
    }

    /**
     * @param nanos wall time of the measured step
     * @param pdf   what it printed
     */
    record Timed(long nanos, byte[] pdf) {
    }

    /**
     * One browser started with {@code --remote-debugging-port=0} and one page driven over DevTools.
     * A print is {@code Page.navigate} to the file, {@code Page.loadEventFired}, then
     * {@code Page.printToPDF} with the page's own CSS page size, and the PDF decoded.
     */
    final class Warm implements AutoCloseable {
        private final Path work = TempDirs.create("kpidocs-bench-chromium-warm");
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final Process browser;
        private final DevTools devTools;

        private Warm() throws IOException, InterruptedException {
            Path profile = work.resolve("profile");
            List<String> cmd = new ArrayList<>();
            cmd.add(executable.toString());
            cmd.addAll(FLAGS);
            cmd.add("--user-data-dir=" + profile);
            cmd.add("--remote-debugging-port=0");
            cmd.add("about:blank");
            browser = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(work.resolve("browser.log").toFile()).start();
            DevTools connected = null;
            try {
                int port = port(profile.resolve("DevToolsActivePort"));
                connected = DevTools.connect(http, pageSocket(port));
                connected.call("Page.enable", null, TIMEOUT);
                devTools = connected;
            } catch (IOException | InterruptedException | RuntimeException e) {
                if (connected != null) {
                    connected.close();
                }
                stop(browser);
                TempDirs.delete(work);
                throw e;
            }
        }

        /** Chromium writes the port it chose into the profile once it listens. */
        private int port(Path file) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!browser.isAlive()) {
                    throw new IOException("Chromium exited with " + browser.exitValue() + " before listening; see its log");
                }
                if (Files.isRegularFile(file)) {
                    List<String> lines = Files.readAllLines(file);
                    if (!lines.isEmpty() && !lines.get(0).isBlank()) {
                        return Integer.parseInt(lines.get(0).trim());
                    }
                }
                Thread.sleep(20);
            }
            throw new IOException("Chromium wrote no DevToolsActivePort within " + TIMEOUT.toSeconds() + " s");
        }

        /** The WebSocket of the first page target, or of a new one if the browser has none. */
        private URI pageSocket(int port) throws IOException, InterruptedException {
            URI base = URI.create("http://127.0.0.1:" + port);
            JsonNode targets = DevTools.JSON.readTree(http.send(HttpRequest.newBuilder(base.resolve("/json/list"))
                    .timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode t : targets) {
                if ("page".equals(t.path("type").asText()) && t.hasNonNull("webSocketDebuggerUrl")) {
                    return URI.create(t.get("webSocketDebuggerUrl").asText());
                }
            }
            JsonNode created = DevTools.JSON.readTree(http.send(HttpRequest.newBuilder(base.resolve("/json/new?about:blank"))
                    .timeout(TIMEOUT).PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).body());
            if (!created.hasNonNull("webSocketDebuggerUrl")) {
                throw new IOException("Chromium offered no page target: " + created);
            }
            return URI.create(created.get("webSocketDebuggerUrl").asText());
        }

        /** Loads the page and prints it, timed from navigate to the decoded PDF. */
        Timed print(Path html) throws IOException {
            ObjectNode navigate = DevTools.JSON.createObjectNode().put("url", html.toUri().toString());
            ObjectNode print = DevTools.JSON.createObjectNode().put("preferCSSPageSize", true)
                    .put("printBackground", true).put("displayHeaderFooter", false);
            long start = System.nanoTime();
            var loaded = devTools.next("Page.loadEventFired");
            JsonNode nav = devTools.call("Page.navigate", navigate, TIMEOUT);
            if (nav.hasNonNull("errorText")) {
                throw new IOException("Chromium cannot open " + html + ": " + nav.get("errorText").asText());
            }
            DevTools.await(loaded, "Page.loadEventFired", TIMEOUT);
            byte[] pdf = Base64.getDecoder().decode(devTools.call("Page.printToPDF", print, TIMEOUT).path("data").asText());
            return new Timed(System.nanoTime() - start, pdf);
        }

        @Override
        public void close() {
            devTools.close();
            try {
                stop(browser);
            } catch (InterruptedException e) {
                browser.destroyForcibly();
                Thread.currentThread().interrupt();
            } finally {
                TempDirs.delete(work);
            }
        }
    }
}
