package org.kpidocs.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the code and the message bundle in step: every issue key the dataset reader can raise and
 * every problem type the API can answer has its texts in {@code messages/api.properties}. Reads the
 * sources (the working directory under Maven is the project root), as ArchitectureTest does.
 */
class MessagesCoverageTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path READER = MAIN.resolve("org/kpidocs/dataset/DatasetReader.java");

    /** A quoted issue key such as "value.percent-range" or "kpi.multipart.field". */
    private static final Pattern KEY = Pattern.compile("\"([a-z]+(?:\\.[a-z-]+)+)\"");
    /** The start of a call to the reader's error(...) or warn(...), not a method declaration. */
    private static final Pattern ISSUE_CALL = Pattern.compile("(?<![\\w.])(error|warn)\\s*\\(");
    /** A switch arm that yields a key: case X -> "value.percent-range". */
    private static final Pattern SWITCH_ARM = Pattern.compile("(?:case\\s+[^\\n]*?|default)\\s*->\\s*\"([a-z]+(?:\\.[a-z-]+)+)\"");
    /** new ProblemException(413, "payload-too-large", ...). */
    private static final Pattern PROBLEM_EXCEPTION = Pattern.compile("new\\s+ProblemException\\s*\\(\\s*[^,]+,\\s*\"([a-z][a-z-]*)\"");
    /** problem(locale, 422, "dataset-invalid", ...) in ProblemMapper. */
    private static final Pattern PROBLEM_CALL = Pattern.compile("\\bproblem\\s*\\(\\s*\\w+\\s*,\\s*[^,]+,\\s*\"([a-z][a-z-]*)\"");
    /** Problem.TYPE_PREFIX + "internal-error" in FallbackErrorPage. */
    private static final Pattern TYPE_PREFIX = Pattern.compile("TYPE_PREFIX\\s*\\+\\s*\"([a-z][a-z-]*)\"");
    /** "problem.bad-request.title" written out in full. */
    private static final Pattern PROBLEM_KEY = Pattern.compile("\"problem\\.([a-z][a-z-]*)\\.(?:title|detail)\"");

    private static Properties bundle;

    @BeforeAll
    static void loadBundle() throws IOException {
        bundle = new Properties();
        try (InputStream in = MessagesCoverageTest.class.getResourceAsStream("/messages/api.properties")) {
            assertThat(in).as("messages/api.properties on the class path").isNotNull();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                bundle.load(r);
            }
        }
    }

    @Test
    void everyIssueKeyOfTheReaderHasATextAndAnAllowedText() throws IOException {
        Set<String> keys = issueKeys();

        assertThat(keys).as("issue keys found in DatasetReader").hasSizeGreaterThan(40)
                .contains("value.percent-range", "value.fraction-range", "value.negative", "datapoint.unknown",
                        "datapoint.none", "number.below-minimum", "number.not-positive", "kpi.multipart.field");
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            for (String k : List.of(key, key + ".allowed")) {
                if (!bundle.containsKey(k) || bundle.getProperty(k).isBlank()) {
                    missing.add(k);
                }
            }
        }
        assertThat(missing).as("keys without text in messages/api.properties").isEmpty();
    }

    @Test
    void everyProblemTypeOfTheApiHasATitleAndADetail() throws IOException {
        Set<String> slugs = problemSlugs();

        assertThat(slugs).as("problem slugs found under src/main/java")
                .contains("dataset-invalid", "malformed-json", "dataset-not-found", "dataset-conflict",
                        "not-found", "method-not-allowed", "unsupported-media-type", "not-acceptable",
                        "bad-request", "internal-error", "payload-too-large", "invalid-parameter", "kpi-not-found",
                        "dataset-version-not-found");
        List<String> missing = new ArrayList<>();
        for (String slug : slugs) {
            for (String k : List.of("problem." + slug + ".title", "problem." + slug + ".detail")) {
                if (!bundle.containsKey(k) || bundle.getProperty(k).isBlank()) {
                    missing.add(k);
                }
            }
        }
        assertThat(missing).as("problem keys without text in messages/api.properties").isEmpty();
    }

    @Test
    void everyPatternOfTheBundleCompilesWithMessageFormat() {
        assertThat(bundle).hasSizeGreaterThan(80);
        List<String> broken = new ArrayList<>();
        for (String key : bundle.stringPropertyNames()) {
            try {
                new MessageFormat(bundle.getProperty(key), Locale.ENGLISH);
            } catch (IllegalArgumentException e) {
                broken.add(key + ": " + e.getMessage());
            }
        }
        assertThat(broken).isEmpty();
    }

    /**
     * MessageFormat compiles a lone apostrophe without complaint and then swallows the text after it;
     * every apostrophe must be doubled ('') or quote a brace ('{').
     */
    @Test
    void everyApostropheOfTheBundleIsDoubledOrQuotesABrace() {
        Pattern allowed = Pattern.compile("''|'[{}]'");
        List<String> lone = new ArrayList<>();
        for (String key : bundle.stringPropertyNames()) {
            if (allowed.matcher(bundle.getProperty(key)).replaceAll("").contains("'")) {
                lone.add(key);
            }
        }
        assertThat(lone).isEmpty();
    }

    /** Issue keys: quoted keys inside error(...) / warn(...) calls and in switch arms of the reader. */
    private static Set<String> issueKeys() throws IOException {
        String source = Files.readString(READER);
        Set<String> keys = new TreeSet<>();
        Matcher call = ISSUE_CALL.matcher(source);
        int calls = 0;
        while (call.find()) {
            String args = arguments(source, call.end());
            if (isDeclaration(source, call.start())) {
                continue;
            }
            calls++;
            Matcher key = KEY.matcher(args);
            while (key.find()) {
                keys.add(key.group(1));
            }
        }
        Matcher arm = SWITCH_ARM.matcher(source);
        while (arm.find()) {
            keys.add(arm.group(1));
        }
        assertThat(calls).as("error(...) / warn(...) calls in DatasetReader").isGreaterThan(40);
        return keys;
    }

    /** Whether the match is the method's own declaration ("private void error(String pointer, ...)"). */
    private static boolean isDeclaration(String source, int start) {
        int lineStart = source.lastIndexOf('\n', start) + 1;
        return source.substring(lineStart, start).matches("\\s*(private|public|protected|static|\\s)*void\\s+");
    }

    /** The text of a call's arguments, from just after "(" to its matching ")", skipping string literals. */
    private static String arguments(String source, int from) {
        int depth = 1;
        boolean inString = false;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '\'') {
                i += source.charAt(i + 1) == '\\' ? 3 : 2; // a char literal such as '\n' or '/'
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return source.substring(from, i);
            }
        }
        throw new AssertionError("Unbalanced call at offset " + from);
    }

    /** Problem slugs raised anywhere under src/main/java. */
    private static Set<String> problemSlugs() throws IOException {
        Set<String> slugs = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f);
                for (Pattern p : List.of(PROBLEM_EXCEPTION, PROBLEM_CALL, TYPE_PREFIX, PROBLEM_KEY)) {
                    Matcher m = p.matcher(source);
                    while (m.find()) {
                        slugs.add(m.group(1));
                    }
                }
            }
        }
        return slugs;
    }
}
