package org.kpidocs;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kpidocs.assessment.Assessment;
import org.kpidocs.assessment.Assessor;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.dataset.DatasetChecker;
import org.kpidocs.dataset.DatasetRejectedException;
import org.kpidocs.dataset.DatasetUnreadableException;
import org.kpidocs.dataset.Issue;
import org.kpidocs.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kpidocs check FILE}: checks a dataset file offline, exactly as the API would, and prints
 * every problem and warning, then the headline scores. Exit code 0 valid, 1 invalid, 2 unusable.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a dataset JSON file without a server; print every problem, then the scores.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "dataset JSON file")
    private Path file;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            err.println("kpidocs: cannot read " + file);
            return 2;
        }
        Catalogue catalogue = Catalogue.load();
        BenchmarkSet benchmarks = BenchmarkSet.load(catalogue);
        Messages messages = new Messages("messages/api");
        try {
            DatasetChecker.Accepted accepted = new DatasetChecker(catalogue, benchmarks).check(Files.readAllBytes(file));
            print(out, messages, "warning", accepted.warnings());
            Assessment a = new Assessor(catalogue, benchmarks).assess("(file)", 0, accepted.dataset());
            out.printf(Locale.ROOT, "%s: valid dataset for %s, %s, %d%n", file, a.city(), a.country(), a.reportingYear());
            out.printf(Locale.ROOT, "KPIs reported %d of %d, verified %d%n", a.summary().kpis().all().reported(),
                    a.summary().kpis().all().total(), a.summary().kpis().all().verified());
            for (Assessment.DimensionResult d : a.dimensions()) {
                out.printf(Locale.ROOT, "  %-20s %s%n", d.name(), score(d.score()));
            }
            out.printf(Locale.ROOT, "  %-20s %s%n", "Overall", score(a.overall()));
            return 0;
        } catch (DatasetUnreadableException e) {
            err.printf(Locale.ROOT, "%s:%d:%d: malformed JSON: %s%n", file, e.line(), e.column(), e.problem());
            return 1;
        } catch (DatasetRejectedException e) {
            print(err, messages, "error", e.errors());
            err.printf(Locale.ROOT, "%s: %d problem(s); not a valid dataset%n", file, e.errors().size());
            return 1;
        }
    }

    private static void print(PrintWriter w, Messages messages, String severity, List<Issue> issues) {
        for (Issue i : issues) {
            w.printf(Locale.ROOT, "%s %s%s: %s (allowed: %s)%n", severity, i.pointer().isEmpty() ? "/" : i.pointer(),
                    i.kpi() == null ? "" : " [" + i.kpi() + "]", messages.format(Locale.ENGLISH, i.key(), i.args()),
                    messages.format(Locale.ENGLISH, i.key() + ".allowed", i.args()));
        }
    }

    private static String score(org.kpidocs.assessment.Score s) {
        return s.scored() == 0 ? "N/A (nothing scored)"
                : String.format(Locale.ROOT, "%d/%d = %.2f %% (band %s)", s.points(), s.maxPoints(), s.percentage(),
                        s.band().id());
    }
}
