package org.kpidocs.render;

import java.nio.ByteBuffer;
import java.util.BitSet;

/**
 * Reads which code points a TrueType font maps to a glyph, straight from its {@code cmap} table
 * (OpenType specification, "cmap — Character to Glyph Index Mapping Table"), without parsing the
 * rest of the font. It picks the subtable PDFBox 3's {@code TrueTypeFont.getUnicodeCmapLookup}
 * picks, in the same order: Unicode full (0,4), Windows UCS-4 (3,10), Unicode BMP (0,3), Windows
 * BMP (3,1), Windows symbol (3,0), Unicode 1.1 (0,1); and reads its formats 4 and 12, the ones Noto
 * fonts use. Anything else (a font collection, another format, a damaged table) answers null and
 * the caller asks PDFBox; {@code FontCoverageTest} holds both answers equal for every committed face.
 */
final class CmapReader {

    private static final int[][] PREFERRED = {{0, 4}, {3, 10}, {0, 3}, {3, 1}, {3, 0}, {0, 1}};

    private CmapReader() {
    }

    /** The code points mapped to glyphs 1 … numGlyphs − 1, or null when this reader cannot tell. */
    static BitSet read(byte[] font) {
        try {
            ByteBuffer b = ByteBuffer.wrap(font);
            int numTables = u16(b, 4);
            int cmap = -1;
            int maxp = -1;
            for (int i = 0; i < numTables; i++) {
                int record = 12 + 16 * i;
                String tag = new String(font, record, 4, java.nio.charset.StandardCharsets.US_ASCII);
                if (tag.equals("cmap")) {
                    cmap = (int) u32(b, record + 8);
                } else if (tag.equals("maxp")) {
                    maxp = (int) u32(b, record + 8);
                }
            }
            if (cmap < 0 || maxp < 0) {
                return null;
            }
            int numGlyphs = u16(b, maxp + 4);
            int subtable = choose(b, cmap);
            if (subtable < 0) {
                return null;
            }
            return switch (u16(b, subtable)) {
                case 4 -> format4(b, subtable, numGlyphs);
                case 12 -> format12(b, subtable, numGlyphs);
                default -> null;
            };
        } catch (IndexOutOfBoundsException e) {
            return null;
        }
    }

    private static int choose(ByteBuffer b, int cmap) {
        int count = u16(b, cmap + 2);
        for (int[] wanted : PREFERRED) {
            for (int i = 0; i < count; i++) {
                int record = cmap + 4 + 8 * i;
                if (u16(b, record) == wanted[0] && u16(b, record + 2) == wanted[1]) {
                    return cmap + (int) u32(b, record + 4);
                }
            }
        }
        return -1;
    }

    /** Segment mapping to delta values (BMP). */
    private static BitSet format4(ByteBuffer b, int at, int numGlyphs) {
        BitSet set = new BitSet();
        int segments = u16(b, at + 6) / 2;
        int ends = at + 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        for (int s = 0; s < segments; s++) {
            int start = u16(b, starts + 2 * s);
            int end = u16(b, ends + 2 * s);
            int delta = (short) u16(b, deltas + 2 * s);
            int rangeOffset = u16(b, rangeOffsets + 2 * s);
            for (int c = start; c <= end && c != 0xFFFF; c++) {
                int glyph;
                if (rangeOffset == 0) {
                    glyph = (c + delta) & 0xFFFF;
                } else {
                    int raw = u16(b, rangeOffsets + 2 * s + rangeOffset + 2 * (c - start));
                    glyph = raw == 0 ? 0 : (raw + delta) & 0xFFFF;
                }
                if (glyph > 0 && glyph < numGlyphs) {
                    set.set(c);
                }
            }
        }
        return set;
    }

    /** Segmented coverage (all planes). */
    private static BitSet format12(ByteBuffer b, int at, int numGlyphs) {
        BitSet set = new BitSet();
        long groups = u32(b, at + 12);
        for (long g = 0; g < groups; g++) {
            int group = (int) (at + 16 + 12 * g);
            long start = u32(b, group);
            long end = u32(b, group + 4);
            long glyph = u32(b, group + 8);
            for (long c = start; c <= end && c <= Character.MAX_CODE_POINT; c++, glyph++) {
                if (glyph > 0 && glyph < numGlyphs) {
                    set.set((int) c);
                }
            }
        }
        return set;
    }

    private static int u16(ByteBuffer b, int at) {
        return b.getShort(at) & 0xFFFF;
    }

    private static long u32(ByteBuffer b, int at) {
        return b.getInt(at) & 0xFFFFFFFFL;
    }
}
