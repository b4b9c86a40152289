package org.kpidocs.document.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kpidocs.dataset.StoredDataset;
import org.kpidocs.render.VeraPdf;
import org.kpidocs.signing.PadesVerifier;
import org.kpidocs.signing.SigningKey;

/** The certificate of the Lumeria sample as a PDF and an HTML page, asserted on the documents themselves. */
class CertificateDocumentTest {

    private static final SigningKey KEY = CertificateFixture.key("document");
    private static final StoredDataset LUMERIA = CertificateFixture.sample("lumeria-2025.json");
    private static CertificateMaker maker;
    private static CertificateMaker.Made made;
    private static String text;

    @BeforeAll
    static void make() throws Exception {
        maker = CertificateFixture.maker(KEY);
        made = CertificateFixture.make(maker, LUMERIA, 123);
        try (PDDocument doc = Loader.loadPDF(made.pdf())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void isOneLandscapeA4Page() throws Exception {
        try (PDDocument doc = Loader.loadPDF(made.pdf())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void printsEveryElementTheIssueAsksFor() {
        assertThat(text).contains("ITU", "UNECE", "UN-Habitat", "International Telecommunication Union",
                "UNITED FOR SMART SUSTAINABLE CITIES (U4SSC)", "Certificate of Achievement", "is awarded to",
                "Lumeria, Portugal", "Recommendation ITU-T Y.4903/L.1603", "reporting year 2025",
                "independently verified", "81 of the 91 KPIs reported, 74 of them verified",
                "Verified by Ana Ribeiro, Independent Verification Partners (fictional)", "31 October 2025",
                "Issued in Geneva on 15 January 2026", "Authorised signatory",
                "For the United Nations Human Settlements Programme", "Certificate No. U4SSC-2026-000123-8",
                "http://127.0.0.1:8080/api/v1/certificates/U4SSC-2026-000123-8", LUMERIA.sha256());
    }

    @Test
    void saysTheLayoutIsProposedAndTheKeyIsForDevelopment() throws Exception {
        assertThat(text).contains("Layout proposed by kpidocs: the official design of the U4SSC certificate is not public")
                .contains("Signed with a development key: this is not an official certificate.");
        try (PDDocument doc = Loader.loadPDF(made.pdf())) {
            assertThat(doc.getDocumentInformation().getKeywords()).contains("signed with a development key");
            assertThat(doc.getDocumentInformation().getSubject()).contains("not an official certificate");
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("signed with a development key");
            assertThat(doc.getLastSignatureDictionary().getReason()).contains("development key");
        }
    }

    @Test
    void printsConfiguredTitleOrganisationsAndSignatories() throws Exception {
        CertificateSettings settings = new CertificateSettings("Certificate of Merit",
                CertificateSettings.parseOrganisations("AAA=Alpha Agency;BBB=Beta Board"),
                CertificateSettings.parseSignatories("Jane Roe|Director|AAA;John Doe|Chair|"), "Vienna",
                "https://certificates.example.org/");
        CertificateMaker.Made m = CertificateFixture.make(CertificateFixture.maker(KEY, settings), LUMERIA, 7);
        try (PDDocument doc = Loader.loadPDF(m.pdf())) {
            String t = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(t).contains("Certificate of Merit", "Alpha Agency", "Beta Board", "Jane Roe", "Director",
                    "John Doe", "Issued in Vienna", "https://certificates.example.org/api/v1/certificates/U4SSC-2026-000007-")
                    .doesNotContain("Authorised signatory", "UN-Habitat");
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void aCityNameNoFontCanPrintIsRefusedBeforeLayoutNamingTheFieldAndCodePoint() throws Exception {
        String json = java.nio.file.Files.readString(java.nio.file.Path.of("samples/lumeria-2025.json"))
                .replace("\"name\": \"Lumeria\"", "\"name\": \"Lumeria \uD83C\uDFD9\uFE0F\"");
        StoredDataset emoji = CertificateFixture.dataset(json.getBytes(StandardCharsets.UTF_8));

        org.kpidocs.render.UncoveredTextException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                org.kpidocs.render.UncoveredTextException.class, () -> CertificateFixture.make(maker, emoji, 9));

        assertThat(e.offenders()).extracting(org.kpidocs.render.Uncovered::field,
                org.kpidocs.render.Uncovered::codePointLabel).contains(
                org.assertj.core.groups.Tuple.tuple("city", "U+1F3D9"), org.assertj.core.groups.Tuple.tuple("city", "U+FE0F"));
    }

    @Test
    void isPdfA3aAndPdfUa1BothBeforeAndAfterSigning() {
        byte[] unsigned = new CertificateRenderer(new org.kpidocs.render.Templates(CertificateFixture.WORDS),
                CertificateFixture.ENGINE).pdf(made.printed(), CertificateFixture.ISSUED);
        assertThat(VeraPdf.pdfA3(unsigned)).isEmpty();
        assertThat(VeraPdf.pdfUa1(unsigned)).isEmpty();
        assertThat(VeraPdf.pdfA3(made.pdf())).isEmpty();
        assertThat(VeraPdf.pdfUa1(made.pdf())).isEmpty();
    }

    @Test
    void carriesAPadesSignatureOverTheWholeFileAfterThePdfAContent() throws Exception {
        PadesVerifier.Verdict v = PadesVerifier.verify(made.pdf());
        assertThat(v.signatureValid()).isTrue();
        assertThat(v.coversWholeFile()).isTrue();
        assertThat(v.signerSha256()).isEqualTo(KEY.fingerprint());
        assertThat(v.signedAt()).isEqualTo(CertificateFixture.ISSUED);
        try (PDDocument doc = Loader.loadPDF(made.pdf())) {
            var sig = doc.getLastSignatureDictionary();
            assertThat(sig.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(sig.getFilter()).isEqualTo("Adobe.PPKLite");
        }
        // incremental update: the unsigned rendering is a prefix of the signed file
        byte[] unsigned = new CertificateRenderer(new org.kpidocs.render.Templates(CertificateFixture.WORDS),
                CertificateFixture.ENGINE).pdf(made.printed(), CertificateFixture.ISSUED);
        assertThat(java.util.Arrays.equals(java.util.Arrays.copyOf(made.pdf(), unsigned.length), unsigned))
                .as("the unsigned PDF is the start of the signed one").isTrue();
    }

    @Test
    void givesTheSameBytesForTheSameInputsSignatureIncluded() {
        String sha = org.kpidocs.common.Sha256.hex(made.pdf());
        assertThat(org.kpidocs.common.Sha256.hex(CertificateFixture.make(maker, LUMERIA, 123).pdf())).isEqualTo(sha);
        assertThat(org.kpidocs.common.Sha256.hex(CertificateFixture.make(maker, LUMERIA, 124).pdf())).isNotEqualTo(sha);
    }

    @Test
    void drawsAQrCodeThatReadsBackAsTheLinkWithAPayloadThatChecksOffline() throws Exception {
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(made.pdf())) {
            page = new PDFRenderer(doc).renderImageWithDPI(0, 200, ImageType.RGB);
        }
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        assertThat(read).isEqualTo(made.printed().qrText())
                .startsWith("http://127.0.0.1:8080/api/v1/certificates/U4SSC-2026-000123-8#");
        VerificationPayload payload = VerificationPayload.verify(read, KEY.certificate()).orElseThrow();
        assertThat(payload.number()).isEqualTo("U4SSC-2026-000123-8");
        assertThat(payload.city()).isEqualTo("Lumeria");
        assertThat(payload.issuedOn()).hasToString("2026-01-15");
        assertThat(payload.datasetSha256()).isEqualTo(LUMERIA.sha256());
    }

    @Test
    void drawsTheQrCodeAsVectorsNotAnImage() throws Exception {
        try (PDDocument doc = Loader.loadPDF(made.pdf())) {
            var resources = doc.getPage(0).getResources();
            for (var name : resources.getXObjectNames()) {
                assertThat(resources.getXObject(name)).isNotInstanceOf(
                        org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.class);
            }
        }
    }

    @Test
    void showsTheSameCertificateAsAStandaloneHtmlPage() {
        String html = new String(maker.html(made.printed()), StandardCharsets.UTF_8);
        assertThat(html).contains("Certificate of Achievement", "Lumeria, Portugal", "U4SSC-2026-000123-8",
                "<svg", "role=\"img\"", "aria-label=\"QR code of certificate U4SSC-2026-000123-8 of Lumeria",
                "Layout proposed by kpidocs")
                .doesNotContain("<img", "<script", "http://www.w3.org/1999/xlink", "<object");
    }

    @Test
    void printsHostileTextAsWritten() throws Exception {
        String json = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("samples/lumeria-2025.json")),
                StandardCharsets.UTF_8).replace("\"Lumeria\"", "\"<img src=\\\"file:///etc/passwd\\\"> ${7*7} & Co\"");
        StoredDataset hostile = CertificateFixture.dataset(json.getBytes(StandardCharsets.UTF_8));
        CertificateMaker.Made m = CertificateFixture.make(maker, hostile, 9);
        try (PDDocument doc = Loader.loadPDF(m.pdf())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("<img src=\"file:///etc/passwd\"> ${7*7} & Co");
        }
        String html = new String(maker.html(m.printed()), StandardCharsets.UTF_8);
        assertThat(html).contains("&lt;img src=").doesNotContain("<img");
    }
}
