package org.kpidocs.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys, PAdES signatures and their verification, on a plain PDF: nothing here knows of certificates. */
class SigningTest {

    private static final Instant AT = Instant.parse("2026-01-15T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(AT, ZoneOffset.UTC);

    private static byte[] plainPdf() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            var out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void keepsTheDevelopmentKeyAcrossRestarts(@TempDir Path dir) {
        SigningKey first = SigningKeys.development(dir, CLOCK);
        SigningKey again = SigningKeys.development(dir, CLOCK);
        assertThat(first.development()).isTrue();
        assertThat(again.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(dir.resolve(SigningKeys.DEVELOPMENT_FILE)).isRegularFile();
        assertThat(first.subject()).contains("development");
        assertThat(first.certificatePem()).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(SigningKeys.development(dir.resolve("other"), CLOCK).fingerprint()).isNotEqualTo(first.fingerprint());
    }

    @Test
    void loadsAConfiguredKeystoreByAliasOrItsOnlyKey(@TempDir Path dir) throws Exception {
        Path file = store(dir, SigningKeys.newKeystore("CN=Test Signer", "signer", "pw".toCharArray(), AT), "pw");
        SigningKey byAlias = SigningKeys.load(file, "pw".toCharArray(), "signer");
        assertThat(byAlias.development()).isFalse();
        assertThat(byAlias.algorithm()).isEqualTo("SHA256withECDSA");
        assertThat(SigningKeys.load(file, "pw".toCharArray(), "").fingerprint()).isEqualTo(byAlias.fingerprint());
    }

    @Test
    void saysWhatIsWrongWithAKeystore(@TempDir Path dir) throws Exception {
        Path file = store(dir, SigningKeys.newKeystore("CN=Test Signer", "signer", "pw".toCharArray(), AT), "pw");
        assertThatThrownBy(() -> SigningKeys.load(file, "wrong".toCharArray(), "signer"))
                .isInstanceOf(SigningKeyException.class).hasMessageContaining("wrong password");
        assertThatThrownBy(() -> SigningKeys.load(file, "pw".toCharArray(), "nobody"))
                .hasMessageContaining("no private key under the alias \"nobody\"").hasMessageContaining("signer");
        assertThatThrownBy(() -> SigningKeys.load(dir.resolve("missing.p12"), "pw".toCharArray(), ""))
                .hasMessageContaining("cannot read the keystore file");

        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(1024);
        KeyStore weak = SigningKeys.newKeystore("CN=Weak", "weak", "pw".toCharArray(), AT);
        Certificate cert = weak.getCertificate("weak");
        weak.setKeyEntry("weak", rsa.generateKeyPair().getPrivate(), "pw".toCharArray(), new Certificate[] {cert});
        Path weakFile = store(dir.resolve("w"), weak, "pw");
        assertThatThrownBy(() -> SigningKeys.load(weakFile, "pw".toCharArray(), "weak"))
                .hasMessageContaining("1024 bits").hasMessageContaining("allowed: RSA of 2048 bits or more");
    }

    @Test
    void signsRsaKeysToo(@TempDir Path dir) throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        var pair = rsa.generateKeyPair();
        KeyStore ks = SigningKeys.newKeystore("CN=Any", "any", "pw".toCharArray(), AT);
        // a self-signed certificate of the RSA key is not needed to check the CMS maths, only its public key
        var cert = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(
                new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(new org.bouncycastle.asn1.x500.X500Name("CN=RSA"),
                        java.math.BigInteger.TEN, java.util.Date.from(AT), java.util.Date.from(AT.plusSeconds(86_400)),
                        new org.bouncycastle.asn1.x500.X500Name("CN=RSA"), pair.getPublic())
                        .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        ks.setKeyEntry("rsa", pair.getPrivate(), "pw".toCharArray(), new Certificate[] {cert});
        SigningKey key = SigningKeys.load(store(dir, ks, "pw"), "pw".toCharArray(), "rsa");
        byte[] signed = new PadesSigner(key).sign(plainPdf(), AT, "test", "here");
        PadesVerifier.Verdict v = PadesVerifier.verify(signed);
        assertThat(v.signatureValid()).isTrue();
        assertThat(v.signerSha256()).isEqualTo(key.fingerprint());
    }

    @Test
    void verifiesAnUntouchedSignatureOverTheWholeFile(@TempDir Path dir) throws Exception {
        SigningKey key = SigningKeys.development(dir, CLOCK);
        byte[] pdf = plainPdf();
        byte[] signed = new PadesSigner(key).sign(pdf, AT, "test", "here");
        PadesVerifier.Verdict v = PadesVerifier.verify(signed);
        assertThat(v).extracting(PadesVerifier.Verdict::pdf, PadesVerifier.Verdict::signed,
                PadesVerifier.Verdict::signatureValid, PadesVerifier.Verdict::coversWholeFile).containsOnly(true);
        assertThat(v.signerSha256()).isEqualTo(key.fingerprint());
        assertThat(v.signedAt()).isEqualTo(AT);
        assertThat(org.kpidocs.common.Sha256.hex(new PadesSigner(key).sign(pdf, AT, "test", "here")))
                .as("same input, same signed bytes").isEqualTo(org.kpidocs.common.Sha256.hex(signed));
    }

    @Test
    void findsEveryChangedByteInsideTheSignedRanges(@TempDir Path dir) throws Exception {
        byte[] signed = new PadesSigner(SigningKeys.development(dir, CLOCK)).sign(plainPdf(), AT, "test", "here");
        int gapStart = new String(signed, java.nio.charset.StandardCharsets.ISO_8859_1).lastIndexOf("/Contents <") + 10;
        for (int i = 0; i < signed.length; i += Math.max(1, signed.length / 97)) {
            if (i >= gapStart && i < gapStart + 2 * 16 * 1024 + 2) {
                continue;
            }
            byte[] changed = signed.clone();
            changed[i] ^= 0x01;
            PadesVerifier.Verdict v = PadesVerifier.verify(changed);
            assertThat(v.signatureValid() && v.coversWholeFile()).as("byte %d changed", i).isFalse();
        }
    }

    @Test
    void seesBytesAppendedAfterTheSignature(@TempDir Path dir) throws Exception {
        byte[] signed = new PadesSigner(SigningKeys.development(dir, CLOCK)).sign(plainPdf(), AT, "test", "here");
        byte[] appended = java.util.Arrays.copyOf(signed, signed.length + 20);
        System.arraycopy("\n% appended later\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, appended,
                signed.length, 18);
        PadesVerifier.Verdict v = PadesVerifier.verify(appended);
        assertThat(v.signatureValid()).isTrue();
        assertThat(v.coversWholeFile()).isFalse();
    }

    @Test
    void answersUnsignedAndNonPdfFilesWithoutThrowing() throws Exception {
        assertThat(PadesVerifier.verify(plainPdf())).extracting(PadesVerifier.Verdict::pdf, PadesVerifier.Verdict::signed)
                .containsExactly(true, false);
        assertThat(PadesVerifier.verify("hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).pdf()).isFalse();
    }

    @Test
    void stripsOnlyThePaddingAfterTheDerObject() {
        byte[] der = {0x30, 0x03, 0x02, 0x01, 0x05, 0, 0, 0};
        assertThat(PadesVerifier.withoutPadding(der)).containsExactly(0x30, 0x03, 0x02, 0x01, 0x05);
        byte[] longForm = new byte[300];
        longForm[0] = 0x30;
        longForm[1] = (byte) 0x81;
        longForm[2] = (byte) 200;
        assertThat(PadesVerifier.withoutPadding(longForm)).hasSize(203);
    }

    private static Path store(Path dir, KeyStore ks, String password) throws Exception {
        Files.createDirectories(dir);
        Path file = dir.resolve("keystore.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            ks.store(out, password.toCharArray());
        }
        return file;
    }
}
