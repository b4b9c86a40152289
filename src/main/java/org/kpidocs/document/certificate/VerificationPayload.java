package org.kpidocs.document.certificate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import org.kpidocs.signing.SigningKey;

/**
 * What the QR code carries besides the verification link, so that a certificate can be checked
 * offline, with only the service's public signing certificate: the number, city, country, issue
 * date and the SHA-256 of the dataset it certifies, signed.
 *
 * <p>Format (version 1). The canonical text is the fields joined by {@code |}:
 * <pre>U4SSC-CERT-1|U4SSC-2026-000123-K|Lumeria|Portugal|2026-01-15|&lt;dataset SHA-256, 64 hex&gt;</pre>
 * where {@code %}, {@code |} and control characters inside a field are written {@code %XX} (upper-case
 * hex of the UTF-8 byte). The token is {@code base64url(text) + "." + base64url(signature)}, without
 * padding; the signature is the signing key's over the UTF-8 bytes of the text (ECDSA: DER, as
 * {@code openssl dgst -sha256 -verify} reads it). The QR code holds
 * {@code <verification URL>#<token>}: the fragment never reaches a server.
 */
public record VerificationPayload(String number, String city, String country, LocalDate issuedOn,
                                  String datasetSha256) {

    static final String VERSION = "U4SSC-CERT-1";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    /** The canonical text that is signed. */
    public String canonical() {
        return String.join("|", VERSION, escape(number), escape(city), escape(country), issuedOn.toString(),
                escape(datasetSha256));
    }

    /** {@code base64url(text).base64url(signature)}. */
    String token(SigningKey key) {
        byte[] text = canonical().getBytes(StandardCharsets.UTF_8);
        return B64.encodeToString(text) + "." + B64.encodeToString(key.sign(text));
    }

    /**
     * Reads and checks the payload of a QR code's text (the whole {@code URL#token}, or the token).
     *
     * @param signer the certificate of the key that signed it
     * @return the payload when the signature is valid; empty when it is not, or the text is not a payload
     */
    public static Optional<VerificationPayload> verify(String qrText, X509Certificate signer) {
        String token = qrText.substring(qrText.indexOf('#') + 1);
        String[] parts = token.split("\\.", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            byte[] text = B64D.decode(parts[0]);
            byte[] signature = B64D.decode(parts[1]);
            if (!SigningKey.verify(signer.getPublicKey(), SigningKey.algorithmFor(signer.getPublicKey()), text,
                    signature)) {
                return Optional.empty();
            }
            return parse(new String(text, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Optional<VerificationPayload> parse(String canonical) {
        String[] f = canonical.split("\\|", -1);
        if (f.length != 6 || !VERSION.equals(f[0])) {
            return Optional.empty();
        }
        try {
            return Optional.of(new VerificationPayload(unescape(f[1]), unescape(f[2]), unescape(f[3]),
                    LocalDate.parse(f[4]), unescape(f[5])));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code %}, {@code |} and control characters as {@code %XX}; they are all ASCII, so one byte each. */
    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == '%' || c == '|' || c < 0x20 || c == 0x7F) {
                out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static String unescape(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%') {
                if (i + 2 >= bytes.length) {
                    throw new IllegalArgumentException("Truncated escape");
                }
                out.write(Integer.parseInt(new String(bytes, i + 1, 2, StandardCharsets.US_ASCII), 16));
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
