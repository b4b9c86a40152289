package org.kpidocs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.workbook.DataCollectionTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kpidocs template [-o FILE]}: writes the blank U4SSC Data Collection Template, the same file
 * as {@code GET /api/v1/templates/data-collection.xlsx}. An existing folder as {@code FILE} receives
 * the file under its default name. Exit code 0 written, 2 cannot write.
 */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Write the blank U4SSC Data Collection Template (.xlsx) that cities fill in.")
final class TemplateCommand implements Callable<Integer> {

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "output file or folder (default: " + DataCollectionTemplate.FILE_NAME + " in the current folder)")
    private Path out = Path.of(DataCollectionTemplate.FILE_NAME);

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path target = Files.isDirectory(out) ? out.resolve(DataCollectionTemplate.FILE_NAME) : out;
        Catalogue catalogue = Catalogue.load();
        byte[] content = DataCollectionTemplate.generate(catalogue, BenchmarkSet.load(catalogue)).bytes();
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
