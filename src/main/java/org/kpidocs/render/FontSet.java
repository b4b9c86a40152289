package org.kpidocs.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts every document embeds: Noto Sans (Latin, Cyrillic, Greek), Noto Sans Arabic and Noto
 * Sans SC, regular and bold, committed under {@code fonts/} and read once into memory. Nothing is
 * ever read from the file system or the network at render time.
 */
public final class FontSet {

    /** One face of a family. */
    record Face(String family, int weight, String file, Script script) {
    }

    /** Which texts need a face: Latin, Cyrillic and Greek always; the others for a character only they cover. */
    enum Script {
        BASE, ARABIC, CHINESE
    }

    static final List<Face> FACES = List.of(
            new Face("Noto Sans", 400, "NotoSans_400Regular.ttf", Script.BASE),
            new Face("Noto Sans", 700, "NotoSans_700Bold.ttf", Script.BASE),
            new Face("Noto Sans Arabic", 400, "NotoSansArabic_400Regular.ttf", Script.ARABIC),
            new Face("Noto Sans Arabic", 700, "NotoSansArabic_700Bold.ttf", Script.ARABIC),
            new Face("Noto Sans SC", 400, "NotoSansSC_400Regular.ttf", Script.CHINESE),
            new Face("Noto Sans SC", 700, "NotoSansSC_700Bold.ttf", Script.CHINESE));

    /**
     * The CSS {@code font-family} chain for a document language. Chinese documents put Noto Sans SC
     * first: it covers Latin too, and openhtmltopdf looks a character up along the chain, so most
     * characters then hit the first face (stack reference §3, "order the chain by script"). Arabic
     * documents put Noto Sans Arabic first for the same reason; it has no Latin letters, which fall
     * through to Noto Sans. Every chain ends in an embedded face (PDF/A has no built-in fonts).
     */
    public static String cssChain(java.util.Locale locale) {
        return String.join(", ", families(locale).stream().map(f -> "'" + f + "'").toList());
    }

    /** The font families for a document language, first tried first: the chain of {@link #cssChain}, for charts too. */
    public static List<String> families(java.util.Locale locale) {
        return switch (locale.getLanguage()) {
            case "zh", "ja", "ko" -> List.of("Noto Sans SC", "Noto Sans", "Noto Sans Arabic");
            case "ar", "fa", "ur" -> List.of("Noto Sans Arabic", "Noto Sans", "Noto Sans SC");
            default -> List.of("Noto Sans", "Noto Sans Arabic", "Noto Sans SC");
        };
    }

    private static final AtomicBoolean AWT_REGISTERED = new AtomicBoolean();

    /**
     * The code points each face maps to a glyph, read from its cmap once per JVM (a face file is only
     * ever read from the classpath under its name, so the name identifies its content).
     */
    private static final Map<String, BitSet> CMAPS = new ConcurrentHashMap<>();

    private final Map<Face, byte[]> bytes;
    private final Map<Face, BitSet> covered;
    /** Per script, the code points some face of it covers. */
    private final Map<Script, BitSet> byScript = new java.util.EnumMap<>(Script.class);
    private final FontCoverage coverage;

    private FontSet(Map<Face, byte[]> bytes) {
        this.bytes = bytes;
        this.covered = new LinkedHashMap<>();
        bytes.forEach((face, b) -> covered.put(face, CMAPS.computeIfAbsent(face.file(), f -> cmap(f, b))));
        covered.forEach((face, set) -> byScript.computeIfAbsent(face.script(), s -> new BitSet()).or(set));
        this.coverage = new FontCoverage(this);
    }

    /** What the chain can print; see {@link FontCoverage}. */
    public FontCoverage coverage() {
        return coverage;
    }

    /** The families of the chain, in order, for messages. */
    List<String> families() {
        return bytes.keySet().stream().map(Face::family).distinct().toList();
    }

    /**
     * Whether some face of every weight has a glyph for {@code codePoint}: a bold run falls back
     * through the bold faces of the chain only, so a character in the regular faces alone would print
     * as a box in a heading (the committed faces cover the same code points in both weights).
     */
    boolean covers(int codePoint) {
        boolean regular = false;
        boolean bold = false;
        for (Map.Entry<Face, BitSet> e : covered.entrySet()) {
            if (e.getValue().get(codePoint)) {
                regular |= e.getKey().weight() < 600;
                bold |= e.getKey().weight() >= 600;
            }
        }
        return regular && bold;
    }

    /**
     * The code points the face maps to a glyph through the Unicode cmap subtable, the one PDFBox's
     * {@code PDType0Font} encodes text with: a code point it maps to glyph 0 is refused there and
     * openhtmltopdf moves on to the next face of the chain, or prints its replacement character.
     * Read straight from the font's bytes ({@link CmapReader}, a few milliseconds): a full
     * {@code TTFParser} parse costs 0.4–0.9 s for each Chinese face, which every command-line run would
     * pay even for a Latin document. Fonts the reader does not understand go through PDFBox.
     */
    static BitSet cmap(String file, byte[] b) {
        BitSet fast = CmapReader.read(b);
        return fast != null ? fast : cmapByPdfBox(file, b);
    }

    /** The same set through PDFBox's own parser and cmap lookup: the reference the fast reader is tested against. */
    static BitSet cmapByPdfBox(String file, byte[] b) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(b))) {
            CmapLookup lookup = ttf.getUnicodeCmapLookup(false);
            BitSet set = new BitSet();
            for (int gid = 1; gid < ttf.getNumberOfGlyphs(); gid++) {
                List<Integer> codes = lookup.getCharCodes(gid);
                if (codes != null) {
                    codes.forEach(set::set);
                }
            }
            return set;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the character map of font " + file, e);
        }
    }

    /** Reads the six faces from the classpath; fails at start-up when one is missing. */
    public static FontSet load() {
        try {
            return new FontSet(Loaded.BYTES);
        } catch (ExceptionInInitializerError e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * The font files, read once per JVM: every font set shares the same arrays, so the per-thread
     * cache of parsed fonts (keyed by array) holds each face once per thread, however many font sets
     * are made (the command line and tests make several).
     */
    private static final class Loaded {
        static final Map<Face, byte[]> BYTES = read();

        private static Map<Face, byte[]> read() {
            Map<Face, byte[]> bytes = new LinkedHashMap<>();
            for (Face face : FACES) {
                try (InputStream in = FontSet.class.getResourceAsStream("/fonts/" + face.file())) {
                    if (in == null) {
                        throw new IllegalStateException("Font fonts/" + face.file() + " is missing from the build");
                    }
                    bytes.put(face, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read font " + face.file(), e);
                }
            }
            return java.util.Collections.unmodifiableMap(bytes);
        }
    }

    /**
     * Makes the same faces known to Java2D, so that charts drawn into a PDF use the embedded fonts
     * (PDF/A forbids the non-embedded fallback). Done once per JVM: {@code Font.createFont} leaks
     * when repeated (openhtmltopdf#175).
     */
    public void registerWithJava2d() {
        if (!AWT_REGISTERED.compareAndSet(false, true)) {
            return;
        }
        GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (byte[] b : bytes.values()) {
            try {
                env.registerFont(Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(b)));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("Cannot register an embedded font with Java2D", e);
            }
        }
    }

    /**
     * Offers one render the faces its text needs: the base faces always, the Arabic and Chinese faces
     * only when the document has a character the base faces lack and they have, because openhtmltopdf
     * loads every face of the chain when it meets a character the first one lacks (even a line break),
     * and the Chinese face alone is 10 MB to parse (docs/benchmarks.md). Deciding by coverage rather
     * than by script also installs the Chinese face for symbols only it has (≤, →, ★ in a Latin text),
     * which would otherwise print as the replacement character {@code #}.
     * Each font is parsed only if the layout asks for it, and with
     * OpenType glyph substitution switched off: PDFBox would otherwise run GSUB on every text run,
     * which costs about eight times the whole render (stack reference §2a); Arabic shaping comes from
     * ICU, not GSUB, so only the fi/fl ligatures are lost.
     */
    void install(PdfRendererBuilder builder, PDDocument document, String text) {
        Set<Script> needed = needed(text);
        bytes.forEach((face, b) -> {
            if (needed.contains(face.script())) {
                builder.useFont(new LazyFont(document, b), face.family(), face.weight(), FontStyle.NORMAL, true);
            }
        });
    }

    /** The scripts whose faces {@code text} needs: the base always, another when it has a character only it covers. */
    Set<Script> needed(String text) {
        Set<Script> needed = EnumSet.of(Script.BASE);
        BitSet seen = new BitSet();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!byScript.get(Script.BASE).get(c) && !seen.get(c)) {
                seen.set(c);
                byScript.forEach((script, set) -> {
                    if (set.get(c)) {
                        needed.add(script);
                    }
                });
            }
        }
        return needed;
    }

    /**
     * Parsed fonts, per thread: parsing a face costs a fifth of a one-page document's render (it reads
     * every table of the file), and renders run on a few long-lived threads. A {@link TrueTypeFont} is not
     * thread-safe, so each thread keeps its own; one render uses it at a time, and the subset each
     * document embeds is built from it without changing it.
     */
    private static final ThreadLocal<Map<byte[], TrueTypeFont>> PARSED =
            ThreadLocal.withInitial(java.util.IdentityHashMap::new);

    private static TrueTypeFont parsed(byte[] bytes) throws IOException {
        Map<byte[], TrueTypeFont> fonts = PARSED.get();
        TrueTypeFont ttf = fonts.get(bytes);
        if (ttf == null) {
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            ttf.setEnableGsub(false);
            fonts.put(bytes, ttf);
        }
        return ttf;
    }

    /** A font loaded into its document on first use. */
    private static final class LazyFont extends PDFontSupplier {
        private final PDDocument document;
        private final byte[] bytes;
        private PDFont font;

        LazyFont(PDDocument document, byte[] bytes) {
            super(null);
            this.document = document;
            this.bytes = bytes;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = PDType0Font.load(document, parsed(bytes), true);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot load an embedded font", e);
                }
            }
            return font;
        }
    }
}
