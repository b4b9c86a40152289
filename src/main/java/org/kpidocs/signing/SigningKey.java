package org.kpidocs.signing;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.kpidocs.common.Sha256;

/**
 * The key that signs certificates, with its X.509 certificate. Signatures are deterministic: RSA keys
 * sign with PKCS#1 v1.5 (deterministic by design), EC keys with ECDSA whose nonce is derived from the
 * key and the message (RFC 6979, BouncyCastle's {@link HMacDSAKCalculator}) instead of a random
 * number, so signing the same bytes twice gives the same signature and a certificate re-issued from
 * the same inputs is byte-identical. Thread-safe.
 */
public final class SigningKey {

    private final PrivateKey privateKey;
    private final X509Certificate certificate;
    private final boolean development;
    private final String algorithm;
    private final ECPrivateKeyParameters ec;

    SigningKey(PrivateKey privateKey, X509Certificate certificate, boolean development) {
        this.privateKey = privateKey;
        this.certificate = certificate;
        this.development = development;
        this.algorithm = algorithmOf(privateKey);
        try {
            this.ec = privateKey instanceof ECPrivateKey
                    ? (ECPrivateKeyParameters) PrivateKeyFactory.createKey(privateKey.getEncoded()) : null;
        } catch (IOException e) {
            throw new SigningKeyException("Cannot read the EC private key", e);
        }
    }

    /**
     * The JCA name of the signature algorithm for a key: SHA256withRSA for RSA of 2048 bits or more,
     * SHA256withECDSA for P-256, SHA384withECDSA for P-384.
     *
     * @throws SigningKeyException for any other key
     */
    static String algorithmOf(PrivateKey key) {
        if (key instanceof RSAPrivateKey rsa) {
            if (rsa.getModulus().bitLength() < 2048) {
                throw new SigningKeyException("the RSA key has " + rsa.getModulus().bitLength()
                        + " bits; allowed: RSA of 2048 bits or more, or EC P-256 or P-384");
            }
            return "SHA256withRSA";
        }
        if (key instanceof ECPrivateKey e) {
            int bits = e.getParams().getCurve().getField().getFieldSize();
            if (bits == 256) {
                return "SHA256withECDSA";
            }
            if (bits == 384) {
                return "SHA384withECDSA";
            }
            throw new SigningKeyException("the EC key is on a " + bits + "-bit curve; allowed: P-256 or P-384");
        }
        throw new SigningKeyException("the key is a " + key.getAlgorithm()
                + " key; allowed: RSA of 2048 bits or more, or EC P-256 or P-384");
    }

    SigningKey asDevelopment() {
        return new SigningKey(privateKey, certificate, true);
    }

    /** Signs {@code data}: PKCS#1 v1.5 for RSA, a DER-encoded ECDSA signature for EC keys. */
    public byte[] sign(byte[] data) {
        if (ec != null) {
            Digest digest = algorithm.startsWith("SHA384") ? new SHA384Digest() : new SHA256Digest();
            byte[] hash = new byte[digest.getDigestSize()];
            digest.update(data, 0, data.length);
            digest.doFinal(hash, 0);
            ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(
                    algorithm.startsWith("SHA384") ? new SHA384Digest() : new SHA256Digest()));
            signer.init(true, ec);
            BigInteger[] rs = signer.generateSignature(hash);
            try {
                return new DERSequence(new ASN1Integer[] {new ASN1Integer(rs[0]), new ASN1Integer(rs[1])}).getEncoded();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot encode an ECDSA signature", e);
            }
        }
        try {
            Signature s = Signature.getInstance(algorithm);
            s.initSign(privateKey);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with " + algorithm, e);
        }
    }

    /** The signature algorithm {@link #sign} uses for the private key that belongs to {@code key}. */
    public static String algorithmFor(PublicKey key) {
        if (key instanceof java.security.interfaces.ECPublicKey ec) {
            return ec.getParams().getCurve().getField().getFieldSize() == 384 ? "SHA384withECDSA" : "SHA256withECDSA";
        }
        return "SHA256withRSA";
    }

    /** Whether {@code signature} (as {@link #sign} makes it) is valid for {@code data} under {@code key}. */
    public static boolean verify(PublicKey key, String algorithm, byte[] data, byte[] signature) {
        try {
            Signature s = Signature.getInstance(algorithm);
            s.initVerify(key);
            s.update(data);
            return s.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** The JCA signature algorithm, e.g. {@code SHA256withECDSA}. */
    public String algorithm() {
        return algorithm;
    }

    AlgorithmIdentifier algorithmIdentifier() {
        return new DefaultSignatureAlgorithmIdentifierFinder().find(algorithm);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** Whether this is the development key the service made for itself (no keystore configured). */
    public boolean development() {
        return development;
    }

    /** SHA-256 of the DER-encoded X.509 certificate, hex: how the registry names the key. */
    public String fingerprint() {
        try {
            return Sha256.hex(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("Cannot encode the signing certificate", e);
        }
    }

    /** The certificate's subject, e.g. {@code CN=kpidocs development key,O=kpidocs}. */
    public String subject() {
        return certificate.getSubjectX500Principal().getName();
    }

    /** The certificate as PEM text, for publishing: anyone can check signatures offline with it. */
    public String certificatePem() {
        try {
            String b64 = java.util.Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + b64 + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("Cannot encode the signing certificate", e);
        }
    }
}
