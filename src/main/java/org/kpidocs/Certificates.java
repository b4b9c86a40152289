package org.kpidocs;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.kpidocs.assessment.Assessor;
import org.kpidocs.dataset.DatasetService;
import org.kpidocs.document.certificate.CertificateMaker;
import org.kpidocs.document.certificate.CertificateRenderer;
import org.kpidocs.document.certificate.CertificateService;
import org.kpidocs.i18n.Messages;
import org.kpidocs.render.PdfRenderer;
import org.kpidocs.render.Templates;
import org.kpidocs.signing.SigningKey;
import org.kpidocs.signing.SigningKeyException;
import org.kpidocs.signing.SigningKeys;
import org.kpidocs.storage.CertificateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wiring of the certificates, shared by the server and the command line. */
final class Certificates {

    private static final Logger LOG = LoggerFactory.getLogger(Certificates.class);

    private Certificates() {
    }

    /**
     * The key that signs certificates: from {@code KPIDOCS_CERT_KEYSTORE}, or, when none is set, the
     * development key kept under the data directory (created on first start), with a loud warning.
     *
     * @throws Config.ConfigException naming the variable when the keystore cannot be used
     */
    static SigningKey signingKey(Config config, Clock clock) {
        if (!config.certKeystore().isEmpty()) {
            try {
                return SigningKeys.load(Path.of(config.certKeystore()), config.certKeystorePassword().toCharArray(),
                        config.certKeyAlias());
            } catch (SigningKeyException e) {
                throw new Config.ConfigException(List.of(Config.variable("certKeystore") + "=" + config.certKeystore()
                        + " (with " + Config.variable("certKeystorePassword") + " and " + Config.variable("certKeyAlias")
                        + "): " + e.getMessage()));
            }
        }
        try {
            SigningKey key = SigningKeys.development(config.dataDir(), clock);
            LOG.warn("!!! Certificates are signed with a DEVELOPMENT key ({}), not an official one: set {} (and {}) "
                    + "to a PKCS#12 keystore with the programme's signing key. Every certificate signed now says "
                    + "it is not official.", config.dataDir().resolve(SigningKeys.DEVELOPMENT_FILE).toAbsolutePath(),
                    Config.variable("certKeystore"), Config.variable("certKeystorePassword"));
            return key;
        } catch (SigningKeyException e) {
            throw new Config.ConfigException(List.of(Config.variable("dataDir") + "=" + config.dataDir()
                    + ": cannot keep the development signing key there (" + e.getMessage() + "); set "
                    + Config.variable("certKeystore") + " or a writable data directory"));
        }
    }

    /** For the command line: renders on the caller's thread, without the service's limits. */
    static CertificateMaker maker(Config config, SigningKey key) {
        return maker(config, key, Documents.Engine.create().pdf());
    }

    static CertificateMaker maker(Config config, SigningKey key, PdfRenderer pdf) {
        Messages words = new Messages(Documents.BUNDLE);
        return new CertificateMaker(config.certificateSettings(), words,
                new CertificateRenderer(new Templates(words), pdf), key);
    }

    /** For the command line and benchmarks. */
    static CertificateService service(Config config, SigningKey key, DatasetService datasets, Assessor assessor,
                                      CertificateStore store, Clock clock) {
        return service(config, key, datasets, assessor, store, clock, Documents.Engine.create().pdf());
    }

    /** For the service: certificates render on its bounded renderer like every document. */
    static CertificateService service(Config config, SigningKey key, DatasetService datasets, Assessor assessor,
                                      CertificateStore store, Clock clock, PdfRenderer pdf) {
        return new CertificateService(datasets, assessor, store, maker(config, key, pdf), clock);
    }
}
