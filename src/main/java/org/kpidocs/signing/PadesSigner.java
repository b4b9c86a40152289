package org.kpidocs.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.kpidocs.common.Sha256;

/**
 * Adds a PAdES baseline B-B signature (ETSI EN 319 142-1) to a PDF: an invisible signature field,
 * {@code /SubFilter /ETSI.CAdES.detached}, and a detached CMS SignedData whose signed attributes are
 * content-type, message-digest and signing-certificate-v2 (RFC 5035), with the signer's certificate.
 * The signature goes into an incremental update after the unchanged original bytes (ISO 32000-1
 * §12.8), so a PDF/A file stays PDF/A and the signature covers the whole file. The signing time is
 * the {@code /M} entry of the signature dictionary, as PAdES requires, never the CMS signing-time
 * attribute (EN 319 142-1 §5.4.1, which forbids it); with a deterministic key the output depends
 * only on the inputs.
 */
public final class PadesSigner {

    /** Room reserved for the CMS; ours is under 2 KB with one certificate, chains stay far below this. */
    private static final int SIGNATURE_SIZE = 16 * 1024;

    private final SigningKey key;

    public PadesSigner(SigningKey key) {
        this.key = key;
    }

    /**
     * Signs a PDF.
     *
     * @param pdf      the document
     * @param signedAt the signing time written to {@code /M}
     * @param reason   why it is signed (shown by PDF readers)
     * @param location where it is signed
     * @return the signed PDF: {@code pdf} unchanged, followed by the incremental update with the signature
     */
    public byte[] sign(byte[] pdf, Instant signedAt, String reason, String location) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // PDFBox seeds the new trailer /ID from this (else from the clock): same input, same bytes.
            doc.setDocumentId(seed(pdf, signedAt));
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
            signature.setName(key.subject());
            signature.setReason(reason);
            signature.setLocation(location);
            signature.setSignDate(calendar(signedAt));
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SIGNATURE_SIZE);
                doc.addSignature(signature, this::cms, options);
                ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE + 4096);
                doc.saveIncremental(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot sign the PDF", e);
        }
    }

    /** The detached CMS SignedData over the signed byte ranges. */
    private byte[] cms(InputStream content) throws IOException {
        try {
            X509CertificateHolder holder = new JcaX509CertificateHolder(key.certificate());
            SignerInfoGenerator signer = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(signedAttributes(holder))
                    .build(contentSigner(), holder);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signer);
            generator.addCertificates(new JcaCertStore(List.of(key.certificate())));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded("DER");
        } catch (CMSException | OperatorCreationException | CertificateEncodingException e) {
            throw new IOException("Cannot build the CMS signature", e);
        }
    }

    /** BouncyCastle's standard attributes without signing-time, plus signing-certificate-v2. */
    private static CMSAttributeTableGenerator signedAttributes(X509CertificateHolder cert) throws IOException {
        ESSCertIDv2 id = new ESSCertIDv2(sha256(cert.getEncoded()),
                new IssuerSerial(new GeneralNames(new GeneralName(cert.getIssuer())), cert.getSerialNumber()));
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
        DefaultSignedAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));
        return parameters -> standard.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }

    /** A BouncyCastle signer over {@link SigningKey#sign}, so that CMS gets the deterministic signature. */
    private ContentSigner contentSigner() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);
        AlgorithmIdentifier algorithm = key.algorithmIdentifier();
        return new ContentSigner() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return algorithm;
            }

            @Override
            public OutputStream getOutputStream() {
                return buffer;
            }

            @Override
            public byte[] getSignature() {
                return key.sign(buffer.toByteArray());
            }
        };
    }

    private static byte[] sha256(byte[] data) {
        return java.util.HexFormat.of().parseHex(Sha256.hex(data));
    }

    private static long seed(byte[] pdf, Instant signedAt) {
        String digest = Sha256.hex(Sha256.hex(pdf) + "|" + signedAt.toEpochMilli());
        return Long.parseUnsignedLong(digest.substring(0, 15), 16);
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(instant.toEpochMilli());
        return c;
    }
}
