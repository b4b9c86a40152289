package org.kpidocs.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import org.kpidocs.dataset.Issue;
import org.kpidocs.i18n.Messages;

/**
 * An RFC 9457 problem detail. {@code type} is a stable URN per kind of problem, so clients can
 * branch on it; {@code title} and {@code detail} are for people.
 *
 * @param errorId set on internal errors only; the same id is in the log with the stack trace
 * @param errors  every problem of a rejected dataset
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Problem(String type, String title, int status, String detail, String instance, String errorId,
               List<ProblemError> errors) {

    static final String TYPE_PREFIX = "urn:kpidocs:problem:";

    /**
     * One problem in a submission: where it is, which KPI, what is wrong and what is allowed.
     *
     * @param pointer RFC 6901 JSON pointer into the submitted document
     * @param code    stable identifier of the kind of problem, e.g. {@code value.percent-range}
     * @param cell    the workbook cell the value came from ({@code 'KPI Data'!H42}), for uploaded
     *                Data Collection Templates only
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProblemError(String pointer, String kpi, String code, String detail, String allowed, String cell) {

        /** Words an issue in the user's language. */
        static ProblemError of(Messages messages, Locale locale, Issue issue) {
            return new ProblemError(issue.pointer(), issue.kpi(), issue.key(),
                    messages.format(locale, issue.key(), issue.args()),
                    messages.format(locale, issue.key() + ".allowed", issue.args()), issue.cell());
        }
    }
}
