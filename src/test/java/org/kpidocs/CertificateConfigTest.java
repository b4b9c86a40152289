package org.kpidocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpidocs.document.certificate.CertificateSettings;

/** The KPIDOCS_CERT_* settings: defaults in code, every bad value named at start-up. */
class CertificateConfigTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void defaultsToTheDevelopmentKeyAndProposedWording() {
        Config c = Config.defaults();
        assertThat(c.certKeystore()).isEmpty();
        assertThat(c.maxCertificateBytes()).isEqualTo(10L << 20);
        CertificateSettings s = c.certificateSettings();
        assertThat(s.title()).isEqualTo("Certificate of Achievement");
        assertThat(s.organisations()).extracting(CertificateSettings.Organisation::shortName)
                .containsExactly("ITU", "UNECE", "UN-Habitat");
        assertThat(s.signatories()).hasSize(3);
        assertThat(s.place()).isEqualTo("Geneva");
        assertThat(s.verificationUrl(org.kpidocs.document.certificate.CertificateNumber.of(2026, 1)))
                .startsWith("http://127.0.0.1:8080/api/v1/certificates/U4SSC-2026-000001-");
    }

    @Test
    void takesTheCertificateWordingFromTheEnvironment() {
        Config c = Config.fromEnvironment(Map.of("KPIDOCS_CERT_TITLE", "Certificate of Merit",
                "KPIDOCS_CERT_SIGNATORIES", "Jane Roe|Director|ITU;John Doe|Chief|UNECE",
                "KPIDOCS_CERT_ORGANISATIONS", "ITU=International Telecommunication Union;UNECE=UN Economic Commission",
                "KPIDOCS_CERT_PLACE", "Vienna", "KPIDOCS_CERT_PUBLIC_BASE_URL", "https://certificates.example.org/"));
        CertificateSettings s = c.certificateSettings();
        assertThat(s.title()).isEqualTo("Certificate of Merit");
        assertThat(s.signatories()).extracting(CertificateSettings.Signatory::name).containsExactly("Jane Roe", "John Doe");
        assertThat(s.place()).isEqualTo("Vienna");
        assertThat(s.publicBaseUrl()).isEqualTo("https://certificates.example.org");
    }

    @Test
    void namesEveryBadCertificateSettingAtOnce() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("KPIDOCS_CERT_SIGNATORIES", "Only One|Title|Org",
                "KPIDOCS_CERT_ORGANISATIONS", "ITU", "KPIDOCS_CERT_PUBLIC_BASE_URL", "ftp://x",
                "KPIDOCS_CERT_TITLE", " ", "KPIDOCS_MAX_CERTIFICATE_BYTES", "5")))
                .isInstanceOf(Config.ConfigException.class)
                .hasMessageContaining("KPIDOCS_CERT_SIGNATORIES=Only One|Title|Org: 1 signatories; allowed: 2 or 3")
                .hasMessageContaining("KPIDOCS_CERT_ORGANISATIONS=ITU: \"ITU\" is not SHORT=Full name")
                .hasMessageContaining("KPIDOCS_CERT_PUBLIC_BASE_URL=ftp://x: not an absolute http(s) URL")
                .hasMessageContaining("KPIDOCS_CERT_TITLE")
                .hasMessageContaining("KPIDOCS_MAX_CERTIFICATE_BYTES=5: out of range");
    }

    @Test
    void refusesAPasswordWithoutAKeystoreAndNeverPrintsIt() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("KPIDOCS_CERT_KEYSTORE_PASSWORD", "s3cret")))
                .hasMessageContaining("KPIDOCS_CERT_KEYSTORE_PASSWORD: set without KPIDOCS_CERT_KEYSTORE")
                .hasMessageNotContaining("s3cret");
        Config c = Config.fromEnvironment(Map.of("KPIDOCS_CERT_KEYSTORE", "/k.p12", "KPIDOCS_CERT_KEYSTORE_PASSWORD", "s3cret"));
        assertThat(c.toString()).doesNotContain("s3cret");
    }

    @Test
    void stopsStartUpNamingTheVariableWhenTheKeystoreCannotBeUsed(@TempDir Path dir) {
        Config c = Config.fromEnvironment(Map.of("KPIDOCS_CERT_KEYSTORE", dir.resolve("missing.p12").toString(),
                "KPIDOCS_CERT_KEYSTORE_PASSWORD", "pw"));
        assertThatThrownBy(() -> Certificates.signingKey(c, CLOCK))
                .isInstanceOf(Config.ConfigException.class)
                .hasMessageContaining("KPIDOCS_CERT_KEYSTORE=" + dir.resolve("missing.p12"))
                .hasMessageContaining("cannot read the keystore file")
                .hasMessageNotContaining("pw)");
    }

    @Test
    void createsTheDevelopmentKeyUnderTheDataDirectoryAndKeepsIt(@TempDir Path dir) {
        Config c = Config.fromEnvironment(Map.of("KPIDOCS_DATA_DIR", dir.toString()));
        var first = Certificates.signingKey(c, CLOCK);
        assertThat(first.development()).isTrue();
        assertThat(Certificates.signingKey(c, CLOCK).fingerprint()).isEqualTo(first.fingerprint());
    }
}
