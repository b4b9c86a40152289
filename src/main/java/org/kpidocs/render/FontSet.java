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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
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

    /** Which texts need a face: Latin, Cyrillic and Greek always; the others only when present. */
    enum Script {
        BASE, ARABIC, CHINESE;

        boolean presentIn(String text) {
            return switch (this) {
                case BASE -> true;
                case ARABIC -> text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
                case CHINESE -> text.codePoints().anyMatch(Script::isChinese);
            };
        }

        private static boolean isChinese(int c) {
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.BOPOMOFO
                    || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
        }
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
        return switch (locale.getLanguage()) {
            case "zh", "ja", "ko" -> "'Noto Sans SC', 'Noto Sans', 'Noto Sans Arabic'";
            case "ar", "fa", "ur" -> "'Noto Sans Arabic', 'Noto Sans', 'Noto Sans SC'";
            default -> "'Noto Sans', 'Noto Sans Arabic', 'Noto Sans SC'";
        };
    }

    private static final AtomicBoolean AWT_REGISTERED = new AtomicBoolean();

    private final Map<Face, byte[]> bytes;

    private FontSet(Map<Face, byte[]> bytes) {
        this.bytes = bytes;
    }

    /** Reads the six faces from the classpath; fails at start-up when one is missing. */
    public static FontSet load() {
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
        return new FontSet(bytes);
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
     * Offers one render the faces its text needs: the Arabic and Chinese faces only when the document
     * contains those scripts, because openhtmltopdf loads every face of the chain when it meets a
     * character the first one lacks (even a line break), and the Chinese face alone is 10 MB to parse
     * (docs/benchmarks.md). Each font is parsed only if the layout asks for it, and with
     * OpenType glyph substitution switched off: PDFBox would otherwise run GSUB on every text run,
     * which costs about eight times the whole render (stack reference §2a); Arabic shaping comes from
     * ICU, not GSUB, so only the fi/fl ligatures are lost.
     */
    void install(PdfRendererBuilder builder, PDDocument document, String text) {
        Map<Script, Boolean> needed = new java.util.EnumMap<>(Script.class);
        bytes.forEach((face, b) -> {
            if (needed.computeIfAbsent(face.script(), s -> s.presentIn(text))) {
                builder.useFont(new LazyFont(document, b), face.family(), face.weight(), FontStyle.NORMAL, true);
            }
        });
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
