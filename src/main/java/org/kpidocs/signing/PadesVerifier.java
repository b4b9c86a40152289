package org.kpidocs.signing;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.kpidocs.common.Sha256;

/**
 * Checks the last signature of a PDF: that its CMS is valid for the bytes it claims to cover, who
 * signed it (the SHA-256 of the signer's certificate), and that it covers the whole file, so that
 * nothing was appended after signing. Whether the signer is trusted is the caller's decision.
 */
public final class PadesVerifier {

    private PadesVerifier() {
    }

    /**
     * What the signature check found.
     *
     * @param pdf             the bytes parse as a PDF
     * @param signed          the PDF has at least one signature
     * @param signatureValid  the last signature's CMS verifies against the bytes it covers
     * @param coversWholeFile its byte range is the whole file except the signature itself
     * @param signerSha256    SHA-256 of the signer's certificate (hex), null when none could be read
     * @param signedAt        the signature dictionary's {@code /M}, null when absent
     * @param problem         what went wrong, in words, null when nothing did
     */
    public record Verdict(boolean pdf, boolean signed, boolean signatureValid, boolean coversWholeFile,
                          String signerSha256, Instant signedAt, String problem) {

        static Verdict notPdf(String problem) {
            return new Verdict(false, false, false, false, null, null, problem);
        }
    }

    /** Checks a file that may or may not be a PDF; never throws for bad input. */
    public static Verdict verify(byte[] file) {
        try (PDDocument doc = Loader.loadPDF(file)) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return new Verdict(true, false, false, false, null, null, "the PDF carries no digital signature");
            }
            PDSignature last = signatures.stream()
                    .max(Comparator.comparingLong(PadesVerifier::end)).orElseThrow();
            return check(last, file);
        } catch (IOException | RuntimeException e) {
            return Verdict.notPdf("the file cannot be read as a PDF: " + e.getMessage());
        }
    }

    private static Verdict check(PDSignature signature, byte[] file) throws IOException {
        int[] range = signature.getByteRange();
        boolean whole = coversWholeFile(range, file);
        Instant at = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        if (!whole && !wellFormed(range, file)) {
            return new Verdict(true, true, false, false, null, at, "the signature's byte range does not fit the file");
        }
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedBytes(range, file)),
                    gapBytes(range, file));
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return new Verdict(true, true, false, whole, null, at, "the signature has " + signers.size() + " signers");
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> certs = cms.getCertificates().getMatches(signer.getSID());
            if (certs.isEmpty()) {
                return new Verdict(true, true, false, whole, null, at, "the signature does not carry its certificate");
            }
            X509CertificateHolder cert = certs.iterator().next();
            boolean valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
            return new Verdict(true, true, valid, whole, Sha256.hex(cert.getEncoded()), at,
                    valid ? null : "the signature does not match the signed bytes: the file was changed after signing");
        } catch (CMSException | OperatorCreationException | CertificateException | RuntimeException e) {
            return new Verdict(true, true, false, whole, null, at,
                    "the signature cannot be checked (" + e.getMessage() + "): the file was changed after signing");
        }
    }

    /**
     * ISO 32000-1 §12.8.1: the byte range is [0, a, b, c]; everything but the /Contents hex string from
     * a to b is signed. It covers the whole file when b + c is the file's length and the gap is exactly
     * one hex string, {@code <…>}.
     */
    static boolean coversWholeFile(int[] range, byte[] file) {
        return wellFormed(range, file) && (long) range[2] + range[3] == file.length;
    }

    /** The byte range lies inside the file and its gap is one hex string. */
    static boolean wellFormed(int[] range, byte[] file) {
        if (range == null || range.length != 4 || range[0] != 0) {
            return false;
        }
        long a = range[1];
        long b = range[2];
        long c = range[3];
        return a > 0 && b > a && c >= 0 && b + c <= file.length && file[(int) a] == '<' && file[(int) b - 1] == '>';
    }

    /** The two signed parts of the file, concatenated. */
    private static byte[] signedBytes(int[] range, byte[] file) {
        byte[] signed = new byte[range[1] + range[3]];
        System.arraycopy(file, 0, signed, 0, range[1]);
        System.arraycopy(file, range[2], signed, range[1], range[3]);
        return signed;
    }

    /**
     * The CMS as written in the file's gap (the hex string between {@code <} and {@code >}), not as a
     * PDF parser may resolve it elsewhere; the zeros PDF writers pad it with are ignored by the DER reader.
     */
    private static byte[] gapBytes(int[] range, byte[] file) {
        String hex = new String(file, range[1] + 1, range[2] - range[1] - 2, java.nio.charset.StandardCharsets.US_ASCII)
                .replaceAll("\\s", "");
        if (hex.length() % 2 == 1) {
            hex = hex + "0";
        }
        return withoutPadding(java.util.HexFormat.of().parseHex(hex));
    }

    /**
     * The DER object at the start of {@code padded}, without the zeros after it (BouncyCastle refuses
     * trailing data); unchanged when its header cannot be read, so that the CMS parser reports it.
     */
    static byte[] withoutPadding(byte[] padded) {
        if (padded.length < 2 || padded[1] == (byte) 0x80) {
            return padded;
        }
        int first = padded[1] & 0xFF;
        long length;
        int header;
        if (first < 0x80) {
            length = first;
            header = 2;
        } else {
            int n = first & 0x7F;
            if (n > 4 || padded.length < 2 + n) {
                return padded;
            }
            length = 0;
            for (int i = 0; i < n; i++) {
                length = (length << 8) | (padded[2 + i] & 0xFF);
            }
            header = 2 + n;
        }
        long total = header + length;
        return total > padded.length ? padded : java.util.Arrays.copyOf(padded, (int) total);
    }

    private static long end(PDSignature s) {
        int[] r = s.getByteRange();
        return r == null || r.length != 4 ? -1 : (long) r[2] + r[3];
    }
}
