package org.kpidocs.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which characters the font chain of {@link FontSet} can print, and a check of a document's text
 * against it before layout: a character no face has would otherwise come out of openhtmltopdf as
 * its replacement character {@code #} (or, for private-use and unassigned code points, vanish),
 * after the whole layout was paid for.
 *
 * <p>The check walks the document's data model: records by component name, lists and arrays by
 * index, maps by key, down to the strings ({@code kpiResults[3].label}, {@code city}). What the
 * templates add comes from the message bundles, which a test holds against the chain in every
 * language; what the print CSS adds ({@code content:} of page counters and leaders) is ours and
 * ASCII. Figures drawn with Java2D are checked when the caller passes their specs (the report's
 * wheel); the Factsheet's charts, passed as drawings, label themselves with names the model and the
 * bundles also hold. The HTML pages are not checked: a browser falls back to the reader's system fonts.
 *
 * <p>Characters that are never drawn pass: tab, line feed and carriage return (white space the layout
 * collapses), and format characters (Unicode category Cf: zero-width joiner and non-joiner, bidi
 * marks U+200E, U+200F, U+061C, soft hyphen, word joiner, byte order mark), which openhtmltopdf
 * discards when no face has them ({@code OpenUtil.isCodePointPrintable}). Everything else must be
 * covered, including variation selectors (U+FE0E, U+FE0F, in emoji typed on phones): openhtmltopdf
 * 1.1.65 prints {@code #} for them, as it does for any other space or mark no face has (tried:
 * "©\uFE0F" prints "©#"). Private-use and unassigned code points, which it drops silently, and other
 * control characters, which make the XHTML unparseable, are reported too.
 *
 * <p>Thread-safe; the character maps are read once per JVM by {@link FontSet}.
 */
public final class FontCoverage {

    /** At most this many offenders are listed; the rest are counted. */
    static final int MAX_LISTED = 20;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            for (RecordComponent c : components) {
                try {
                    c.getAccessor().setAccessible(true);
                } catch (RuntimeException e) {
                    // A record of another module: its public accessors still answer.
                }
            }
            return components;
        }
    };
    private static final int MAX_DEPTH = 64;

    private final FontSet fonts;

    FontCoverage(FontSet fonts) {
        this.fonts = fonts;
    }

    /** Whether some face of the chain, in every weight, has a glyph for {@code codePoint}. */
    public boolean covers(int codePoint) {
        return fonts.covers(codePoint);
    }

    /** Whether {@code codePoint} can stand in a document: covered, or never drawn (see the class comment). */
    public boolean printable(int codePoint) {
        return neverDrawn(codePoint) || covers(codePoint);
    }

    /** Tab, line feed, carriage return, and format characters (Cf). */
    static boolean neverDrawn(int codePoint) {
        return codePoint == '\t' || codePoint == '\n' || codePoint == '\r'
                || Character.getType(codePoint) == Character.FORMAT;
    }

    /** The distinct code points of {@code text} that are not {@link #printable}, in order of appearance. */
    public List<Integer> unprintable(String text) {
        List<Integer> found = new ArrayList<>();
        BitSet seen = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!printable(c)) {
                if (seen == null) {
                    seen = new BitSet();
                }
                if (!seen.get(c)) {
                    seen.set(c);
                    found.add(c);
                }
            }
        }
        return found;
    }

    /**
     * Every string of {@code model} (and of {@code more}, each under its type's name, e.g.
     * {@code pdfMetadata.title}) with a character that is not printable, one entry per field and
     * character.
     */
    public List<Uncovered> find(Object model, Object... more) {
        List<Uncovered> found = new ArrayList<>();
        Map<Object, Boolean> visiting = new IdentityHashMap<>();
        walk(model, "", found, visiting, 0);
        for (Object o : more) {
            if (o != null) {
                String name = o.getClass().getSimpleName();
                walk(o, Character.toLowerCase(name.charAt(0)) + name.substring(1), found, visiting, 0);
            }
        }
        return found;
    }

    /**
     * Fails when {@link #find} finds anything, before any layout is done.
     *
     * @param sourceJson the JSON the model was made from (the dataset), or null: each offender is traced
     *                   back to the JSON pointers of the source strings that hold its character, so that
     *                   whoever wrote them can find and change them
     * @throws UncoveredTextException naming every field, character and code point
     */
    public void require(String sourceJson, Object model, Object... more) {
        List<Uncovered> found = find(model, more);
        if (found.isEmpty()) {
            return;
        }
        List<Source> sources = sourceJson == null ? List.of() : sources(sourceJson);
        // One entry per place to fix: a city name with an emoji is printed in many fields.
        Map<String, Uncovered> distinct = new LinkedHashMap<>();
        for (Uncovered u : found) {
            List<String> at = locate(u, sources);
            Uncovered traced = new Uncovered(u.field(), u.codePoint(), at.isEmpty() ? null : at.get(0), u.text());
            String key = (traced.source() == null ? "field:" + traced.field() : "source:" + traced.source())
                    + "|" + traced.codePoint();
            distinct.putIfAbsent(key, traced);
            for (String extra : at.subList(Math.min(1, at.size()), at.size())) {
                distinct.putIfAbsent("source:" + extra + "|" + u.codePoint(),
                        new Uncovered(u.field(), u.codePoint(), extra, u.text()));
            }
        }
        throw new UncoveredTextException(List.copyOf(distinct.values()), fonts.families());
    }

    private void walk(Object value, String path, List<Uncovered> found, Map<Object, Boolean> visiting, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof CharSequence text) {
            for (int c : unprintable(text.toString())) {
                found.add(new Uncovered(path, c, null, text.toString()));
            }
            return;
        }
        if (value instanceof Character ch) {
            walk(String.valueOf(ch), path, found, visiting, depth);
            return;
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
                || value.getClass().isPrimitive() || visiting.put(value, Boolean.TRUE) != null) {
            return;
        }
        try {
            if (value instanceof Record) {
                for (RecordComponent c : COMPONENTS.get(value.getClass())) {
                    walk(get(c.getAccessor(), value), join(path, c.getName()), found, visiting, depth + 1);
                }
            } else if (value instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    String at = path + "[" + e.getKey() + "]";
                    walk(e.getKey(), at, found, visiting, depth + 1);
                    walk(e.getValue(), at, found, visiting, depth + 1);
                }
            } else if (value instanceof Collection<?> list) {
                Iterator<?> it = list.iterator();
                for (int i = 0; it.hasNext(); i++) {
                    walk(it.next(), path + "[" + i + "]", found, visiting, depth + 1);
                }
            } else if (value instanceof Object[] array) {
                for (int i = 0; i < array.length; i++) {
                    walk(array[i], path + "[" + i + "]", found, visiting, depth + 1);
                }
            } else if (value instanceof Optional<?> o) {
                walk(o.orElse(null), path, found, visiting, depth + 1);
            }
            // Anything else (colours, instants, figures) prints no text of its own.
        } finally {
            visiting.remove(value);
        }
    }

    private static Object get(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + accessor + " of a document model", e);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** A string of the source JSON (a value or a member name) and its JSON pointer. */
    private record Source(String pointer, String text) {
    }

    private static List<Source> sources(String json) {
        List<Source> found = new ArrayList<>();
        try {
            collect(JSON.readTree(json), "", found);
        } catch (JsonProcessingException e) {
            return List.of();
        }
        return found;
    }

    private static void collect(JsonNode node, String pointer, List<Source> found) {
        if (node.isTextual()) {
            found.add(new Source(pointer.isEmpty() ? "/" : pointer, node.textValue()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, found);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String at = pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                found.add(new Source(at, e.getKey()));
                collect(e.getValue(), at, found);
            });
        }
    }

    /**
     * The source strings a printed string with an unprintable character came from: those with the
     * character that the printed string contains whole (a name inside a title), else those that contain
     * the printed string (a paragraph of a longer text), else every one with the character.
     */
    private static List<String> locate(Uncovered u, List<Source> sources) {
        String ch = Character.toString(u.codePoint());
        List<Source> candidates = sources.stream().filter(s -> s.text().contains(ch)).toList();
        Set<String> inside = new LinkedHashSet<>();
        Set<String> around = new LinkedHashSet<>();
        for (Source s : candidates) {
            if (u.text().contains(s.text())) {
                inside.add(s.pointer());
            } else if (s.text().contains(u.text())) {
                around.add(s.pointer());
            }
        }
        if (!inside.isEmpty()) {
            return List.copyOf(inside);
        }
        if (!around.isEmpty()) {
            return List.copyOf(around);
        }
        return candidates.stream().map(Source::pointer).distinct().toList();
    }
}
