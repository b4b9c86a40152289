package org.kpidocs.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Loads the signing key from a PKCS#12 keystore, or creates and keeps a development key. */
public final class SigningKeys {

    /** The development keystore's file name under the data directory. */
    public static final String DEVELOPMENT_FILE = "certificate-signing-development.p12";
    /**
     * The development keystore's password. Not a secret: the development key protects nothing, and
     * every certificate it signs says so; it exists so that a fresh checkout can issue certificates.
     */
    static final char[] DEVELOPMENT_PASSWORD = "kpidocs-development-key".toCharArray();
    static final String DEVELOPMENT_ALIAS = "kpidocs-development";
    static final String DEVELOPMENT_SUBJECT =
            "CN=kpidocs development key (not for official certificates),O=kpidocs,OU=development";

    private SigningKeys() {
    }

    /**
     * The private key entry {@code alias} of a PKCS#12 file; with an empty alias, the file's only key.
     *
     * @throws SigningKeyException saying what is wrong (unreadable, wrong password, no such alias,
     *                             unsupported key)
     */
    public static SigningKey load(Path keystore, char[] password, String alias) {
        KeyStore ks = read(keystore, password);
        try {
            String name = alias.isEmpty() ? onlyKey(ks, keystore) : alias;
            if (!ks.isKeyEntry(name)) {
                throw new SigningKeyException(keystore + " has no private key under the alias \"" + name
                        + "\"; its key aliases: " + keyAliases(ks));
            }
            PrivateKey key = (PrivateKey) ks.getKey(name, password);
            Certificate cert = ks.getCertificate(name);
            if (!(cert instanceof X509Certificate x509)) {
                throw new SigningKeyException("the key \"" + name + "\" in " + keystore + " has no X.509 certificate");
            }
            SigningKey.algorithmOf(key);
            return new SigningKey(key, x509, false);
        } catch (GeneralSecurityException e) {
            throw new SigningKeyException("cannot read the key in " + keystore + ": " + e.getMessage(), e);
        }
    }

    /**
     * The development key kept in {@code directory}: created on the first call (an EC P-256 key with a
     * self-signed certificate valid ten years from {@code clock}), read back afterwards, so that
     * certificates signed before a restart still verify after it.
     */
    public static SigningKey development(Path directory, Clock clock) {
        Path file = directory.resolve(DEVELOPMENT_FILE);
        if (!Files.exists(file)) {
            create(file, clock);
        }
        return load(file, DEVELOPMENT_PASSWORD, DEVELOPMENT_ALIAS).asDevelopment();
    }

    /** A new EC P-256 key with a self-signed certificate, as a keystore in memory (for tests and tools). */
    public static KeyStore newKeystore(String subject, String alias, char[] password, Instant notBefore) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500Name(subject);
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                    new BigInteger(63, new SecureRandom()).add(BigInteger.ONE),
                    Date.from(notBefore.minus(1, ChronoUnit.DAYS)), Date.from(notBefore.plus(3653, ChronoUnit.DAYS)),
                    name, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry(alias, pair.getPrivate(), password, new Certificate[] {cert});
            return ks;
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new SigningKeyException("cannot create a signing key", e);
        }
    }

    private static void create(Path file, Clock clock) {
        KeyStore ks = newKeystore(DEVELOPMENT_SUBJECT, DEVELOPMENT_ALIAS, DEVELOPMENT_PASSWORD, clock.instant());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".signing-", ".tmp");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            try (OutputStream out = Files.newOutputStream(temp)) {
                ks.store(out, DEVELOPMENT_PASSWORD);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new SigningKeyException("cannot write the development key to " + file.toAbsolutePath(), e);
        }
    }

    private static KeyStore read(Path keystore, char[] password) {
        if (!Files.isRegularFile(keystore) || !Files.isReadable(keystore)) {
            throw new SigningKeyException("cannot read the keystore file " + keystore.toAbsolutePath());
        }
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            return ks;
        } catch (IOException e) {
            throw new SigningKeyException("cannot open the PKCS#12 keystore " + keystore
                    + " (wrong password, or not a PKCS#12 file): " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new SigningKeyException("cannot open the PKCS#12 keystore " + keystore + ": " + e.getMessage(), e);
        }
    }

    private static String onlyKey(KeyStore ks, Path keystore) throws GeneralSecurityException {
        List<String> keys = keyAliases(ks);
        if (keys.size() != 1) {
            throw new SigningKeyException(keystore + " holds " + keys.size() + " private keys " + keys
                    + "; name the one to use with the key alias setting");
        }
        return keys.get(0);
    }

    private static List<String> keyAliases(KeyStore ks) throws GeneralSecurityException {
        List<String> keys = new java.util.ArrayList<>();
        for (String a : Collections.list(ks.aliases())) {
            if (ks.isKeyEntry(a)) {
                keys.add(a);
            }
        }
        return keys;
    }
}
