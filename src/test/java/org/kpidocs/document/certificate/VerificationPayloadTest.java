package org.kpidocs.document.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kpidocs.signing.SigningKey;

class VerificationPayloadTest {

    private static final SigningKey KEY = CertificateFixture.key("payload");
    private static final VerificationPayload PAYLOAD = new VerificationPayload("U4SSC-2026-000123-8", "Lumeria",
            "Portugal", LocalDate.of(2026, 1, 15), "a".repeat(64));

    @Test
    void writesTheDocumentedCanonicalText() {
        assertThat(PAYLOAD.canonical())
                .isEqualTo("U4SSC-CERT-1|U4SSC-2026-000123-8|Lumeria|Portugal|2026-01-15|" + "a".repeat(64));
    }

    @Test
    void readsBackWhatItSignedFromTheWholeQrText() {
        String qr = "https://example.org/api/v1/certificates/U4SSC-2026-000123-8#" + PAYLOAD.token(KEY);
        assertThat(VerificationPayload.verify(qr, KEY.certificate())).contains(PAYLOAD);
    }

    @Test
    void keepsSeparatorsAndNonLatinTextInFieldsUnambiguous() {
        VerificationPayload odd = new VerificationPayload("U4SSC-2026-000001-X", "A|B 100% – Ålesund 北京",
                "مدينة|x", LocalDate.of(2026, 2, 1), "b".repeat(64));
        assertThat(odd.canonical().split("\\|")).hasSize(6);
        assertThat(VerificationPayload.verify(odd.token(KEY), KEY.certificate())).contains(odd);
    }

    @Test
    void refusesAChangedPayloadOrAnotherKeysSignature() {
        String token = PAYLOAD.token(KEY);
        String[] parts = token.split("\\.");
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                PAYLOAD.canonical().replace("Lumeria", "Lumerio").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(VerificationPayload.verify(forged + "." + parts[1], KEY.certificate())).isEmpty();
        assertThat(VerificationPayload.verify(token, CertificateFixture.key("payload-other").certificate())).isEmpty();
        assertThat(VerificationPayload.verify("not a token", KEY.certificate())).isEmpty();
        assertThat(VerificationPayload.verify("a.b.c", KEY.certificate())).isEmpty();
    }

    @Test
    void signsDeterministically() {
        assertThat(PAYLOAD.token(KEY)).isEqualTo(PAYLOAD.token(KEY));
    }
}
