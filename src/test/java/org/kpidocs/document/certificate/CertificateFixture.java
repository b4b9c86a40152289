package org.kpidocs.document.certificate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.kpidocs.assessment.Assessment;
import org.kpidocs.assessment.Assessor;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.dataset.DatasetChecker;
import org.kpidocs.dataset.StoredDataset;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.i18n.Messages;
import org.kpidocs.render.FontSet;
import org.kpidocs.render.PdfRenderer;
import org.kpidocs.render.Templates;
import org.kpidocs.signing.SigningKey;
import org.kpidocs.signing.SigningKeys;

/** What the certificate tests share: the catalogue, the engine, sample datasets and signing keys. */
public final class CertificateFixture {

    public static final Instant ISSUED = Instant.parse("2026-01-15T10:00:00Z");
    public static final Catalogue CATALOGUE = Catalogue.load();
    public static final BenchmarkSet BENCHMARKS = BenchmarkSet.load(CATALOGUE);
    public static final Assessor ASSESSOR = new Assessor(CATALOGUE, BENCHMARKS);
    public static final Messages WORDS = new Messages("report-templates/messages/documents");
    public static final PdfRenderer ENGINE = new PdfRenderer(FontSet.load());
    private static final Path KEYS;

    static {
        try {
            KEYS = Files.createTempDirectory("kpidocs-certificate-keys");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CertificateFixture() {
    }

    /** A development key kept in its own folder of the temporary directory: the same name, the same key. */
    public static SigningKey key(String name) {
        return SigningKeys.development(KEYS.resolve(name), Clock.fixed(ISSUED, ZoneOffset.UTC));
    }

    public static CertificateMaker maker(SigningKey key) {
        return maker(key, CertificateSettings.defaults());
    }

    public static CertificateMaker maker(SigningKey key, CertificateSettings settings) {
        return new CertificateMaker(settings, WORDS, new CertificateRenderer(new Templates(WORDS), ENGINE), key);
    }

    /** A sample file checked as the API checks it, as if stored under a fixed id. */
    public static StoredDataset sample(String file) {
        try {
            return dataset(Files.readAllBytes(Path.of("samples", file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StoredDataset dataset(byte[] json) {
        return new DatasetChecker(CATALOGUE, BENCHMARKS).check(json)
                .unstored("00000000-0000-4000-8000-000000000001", Instant.parse("2025-12-01T00:00:00Z"));
    }

    public static Assessment assess(StoredDataset s) {
        return ASSESSOR.assess(s.id(), s.version(), s.dataset());
    }

    /** The signed certificate of a dataset, numbered {@code U4SSC-2026-<sequence>}, issued at {@link #ISSUED}. */
    public static CertificateMaker.Made make(CertificateMaker maker, StoredDataset s, int sequence) {
        return maker.make(s, assess(s), CertificateNumber.of(2026, sequence), ISSUED, DocumentLanguage.EN);
    }
}
