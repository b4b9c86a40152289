package org.kpidocs.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;

/**
 * Hostile and broken uploads, each built from the real blank template so that only the attack
 * differs from a workbook the service would accept (issue: "Hostile or broken files get a clear 4xx,
 * store nothing and leave the server healthy"). Every file is made in memory; none is committed.
 */
public final class HostileWorkbooks {

    /** A secret that an external entity would pull into the dataset if XXE were possible. */
    public static final String SECRET = "kpidocs-xxe-secret-7f3a";

    private HostileWorkbooks() {
    }

    /**
     * Every hostile case by name. {@code secretFile} is a file holding {@link #SECRET} that the XXE
     * case points at.
     */
    public static Map<String, byte[]> all(Catalogue catalogue, BenchmarkSet benchmarks, java.nio.file.Path secretFile) {
        byte[] template = WorkbookFixture.bytes(filled(catalogue, benchmarks));
        Map<String, byte[]> cases = new LinkedHashMap<>();
        cases.put("zip bomb", zipBomb(template));
        cases.put("external entity", externalEntity(template, secretFile));
        cases.put("huge shared strings", hugeSharedStrings(template));
        cases.put("too many zip entries", manyEntries(template, 600));
        cases.put("macro workbook", macroWorkbook());
        cases.put("encrypted workbook", encrypted(filled(catalogue, benchmarks)));
        cases.put("legacy xls", legacyXls());
        cases.put("CSV renamed", "code,value\nEC: ICT: ICT: 1C,91.4\n".getBytes(StandardCharsets.UTF_8));
        cases.put("PDF renamed", "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII));
        cases.put("truncated zip", java.util.Arrays.copyOf(template, template.length / 2));
        cases.put("empty", new byte[0]);
        return cases;
    }

    /** A template with a city, so that an accepted file would be a valid dataset. */
    static XSSFWorkbook filled(Catalogue catalogue, BenchmarkSet benchmarks) {
        XSSFWorkbook workbook = WorkbookFixture.blank(catalogue, benchmarks);
        WorkbookFixture.profileCell(workbook, "reportingYear", 2025);
        WorkbookFixture.profileCell(workbook, "city.name", "Testville");
        WorkbookFixture.profileCell(workbook, "city.country", "Portugal");
        WorkbookFixture.kpiCell(workbook, "EC: ICT: ICT: 1C", "VALUE", 91.4);
        return workbook;
    }

    /**
     * The Instructions sheet padded with 8 MB of one repeated character: an inflate ratio near 1/1000,
     * under the reader's own size limit per part so that POI's zip-bomb detection is what stops it.
     */
    static byte[] zipBomb(byte[] template) {
        return rewrite(template, "xl/worksheets/sheet1.xml", xml -> {
            int at = xml.indexOf("?>") + 2;
            return xml.substring(0, at) + "<!--" + "A".repeat(8 << 20) + "-->" + xml.substring(at);
        });
    }

    /** A shared-strings part that declares an external entity pointing at a local file and uses it. */
    static byte[] externalEntity(byte[] template, java.nio.file.Path secretFile) {
        return rewrite(template, "xl/sharedStrings.xml", xml -> {
            int at = xml.indexOf("?>") + 2;
            String doctype = "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secretFile.toUri() + "\">]>";
            return xml.substring(0, at) + doctype + xml.substring(at).replace("Testville", "&xxe;");
        });
    }

    /** Shared strings of 24 million characters of varied text (so it is not a zip bomb too). */
    static byte[] hugeSharedStrings(byte[] template) {
        Random random = new Random(11);
        StringBuilder text = new StringBuilder(24 << 20);
        while (text.length() < 24 << 20) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return rewrite(template, "xl/sharedStrings.xml", xml -> xml.replace("<t>Testville</t>", "<t>" + text + "</t>"));
    }

    /** The template with {@code extra} more (tiny, distinct) zip entries. */
    static byte[] manyEntries(byte[] template, int extra) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            copy(template, out, Map.of());
            for (int i = 0; i < extra; i++) {
                out.putNextEntry(new ZipEntry("xl/extra/part" + i + ".xml"));
                out.write(("<x n=\"" + i + "\"/>").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] macroWorkbook() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
            workbook.createSheet("Instructions");
            return WorkbookFixture.bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook saved with a password (Excel's "Encrypt with password": an OLE2 container). */
    static byte[] encrypted(XSSFWorkbook workbook) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("city-secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                workbook.write(out);
            }
            fs.writeFilesystem(bytes);
            return bytes.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] legacyXls() {
        try (var workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
             ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            workbook.createSheet("Instructions").createRow(0).createCell(0).setCellValue("kpidocs-template/1");
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the zip with one part's text changed. */
    static byte[] rewrite(byte[] zip, String part, UnaryOperator<String> change) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            copy(zip, out, Map.of(part, change));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void copy(byte[] zip, ZipOutputStream out, Map<String, UnaryOperator<String>> changes)
            throws IOException {
        boolean changed = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                UnaryOperator<String> change = changes.get(e.getName());
                if (change != null) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                    changed = true;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        if (!changes.isEmpty() && !changed) {
            throw new IllegalStateException("No part " + changes.keySet() + " in the template");
        }
    }
}
