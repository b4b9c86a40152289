package org.kpidocs.render;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A document whose text has characters no face of the font chain can print; thrown before layout,
 * so nothing was rendered. The input is at fault, not the service: retrying cannot help, changing
 * the named texts does. The message lists the offenders for logs and the command line.
 */
public final class UncoveredTextException extends RenderException {

    private final List<Uncovered> offenders;
    private final int total;

    UncoveredTextException(List<Uncovered> all, List<String> families) {
        super(message(all, families));
        this.offenders = List.copyOf(all.subList(0, Math.min(all.size(), FontCoverage.MAX_LISTED)));
        this.total = all.size();
    }

    /** The first {@value FontCoverage#MAX_LISTED} offenders, in the order the document prints them. */
    public List<Uncovered> offenders() {
        return offenders;
    }

    /** How many offenders there are in all, listed or not. */
    public int total() {
        return total;
    }

    /** How many offenders are not listed. */
    public int unlisted() {
        return total - offenders.size();
    }

    private static String message(List<Uncovered> all, List<String> families) {
        String listed = all.stream().limit(FontCoverage.MAX_LISTED).map(u -> "  " + u)
                .collect(Collectors.joining(System.lineSeparator()));
        String more = all.size() > FontCoverage.MAX_LISTED
                ? System.lineSeparator() + "  and " + (all.size() - FontCoverage.MAX_LISTED) + " more" : "";
        return "The document cannot be printed: " + all.size() + " character(s) of its text are in none of its fonts ("
                + String.join(", ", families) + "). Change or remove them and try again:" + System.lineSeparator()
                + listed + more;
    }
}
