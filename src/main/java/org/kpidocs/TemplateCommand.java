package org.kpidocs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.workbook.DataCollectionTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kpidocs template [--lang LANG] [-o FILE]}: writes the blank U4SSC Data Collection Template in
 * one of the six languages, the same file as {@code GET /api/v1/templates/data-collection.xlsx?lang=}.
 * An existing folder as {@code FILE} receives the file under its default name
 * ({@link DataCollectionTemplate#fileName}). Exit code 0 written, 2 unknown language or cannot write.
 */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Write the blank U4SSC Data Collection Template (.xlsx) that cities fill in.")
final class TemplateCommand implements Callable<Integer> {

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "output file or folder (default: " + DataCollectionTemplate.FILE_NAME
                    + " in the current folder, with -LANG before .xlsx for another language than English)")
    private Path out;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "language of the template's words: en, ar, zh, fr, ru or es (default: ${DEFAULT-VALUE})")
    private String lang = "en";

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        DocumentLanguage language;
        try {
            language = OfflineDataset.language(lang, spec.commandLine().getErr());
        } catch (OfflineDataset.Failure f) {
            return f.exitCode();
        }
        String name = DataCollectionTemplate.fileName(language);
        Path target = out == null ? Path.of(name) : Files.isDirectory(out) ? out.resolve(name) : out;
        Catalogue catalogue = Catalogue.load();
        byte[] content = DataCollectionTemplate.generate(catalogue, BenchmarkSet.load(catalogue), language).bytes();
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // Written beside the target and moved into place, so a failure never leaves half a file.
        Path temp = Files.createTempFile(folder, ".kpidocs-template-", ".tmp");
        try {
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "%s (%d bytes)%n", target, content.length);
        return 0;
    }
}
