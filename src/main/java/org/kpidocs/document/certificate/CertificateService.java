package org.kpidocs.document.certificate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.kpidocs.assessment.Assessment;
import org.kpidocs.assessment.Assessor;
import org.kpidocs.common.Sha256;
import org.kpidocs.dataset.DatasetNotFoundException;
import org.kpidocs.dataset.DatasetService;
import org.kpidocs.dataset.Issue;
import org.kpidocs.dataset.StoredDataset;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.document.FileNames;
import org.kpidocs.document.RenderedDocument;
import org.kpidocs.signing.PadesVerifier;
import org.kpidocs.storage.CertificateRecord;
import org.kpidocs.storage.CertificateStore;

/**
 * The certificate registry as a service: issues certificates for datasets that earn them (once per
 * dataset version; a later version supersedes), hands out the document of record, revokes, and checks
 * uploaded PDFs against the registry and the signing key.
 */
public final class CertificateService {

    private static final Pattern NUMBER_IN_TEXT = Pattern.compile("U4SSC-\\d{4}-\\d{6}-[0-9A-Z]");

    private final DatasetService datasets;
    private final Assessor assessor;
    private final CertificateStore store;
    private final CertificateMaker maker;
    private final Clock clock;
    private final ObjectMapper json = JsonMapper.builder().build();

    public CertificateService(DatasetService datasets, Assessor assessor, CertificateStore store, CertificateMaker maker,
                              Clock clock) {
        this.datasets = datasets;
        this.assessor = assessor;
        this.store = store;
        this.maker = maker;
        this.clock = clock;
    }

    /**
     * The outcome of an issuance request.
     *
     * @param created false when the dataset version already had this certificate
     */
    public record Issuance(IssuedCertificate certificate, boolean created) {
    }

    /**
     * Issues the certificate of the latest version of a dataset, or answers the one it already has.
     *
     * @throws DatasetNotFoundException    for an unknown dataset
     * @throws CertificateRefusedException with every unmet condition
     */
    public Issuance issue(String datasetId) {
        return issue(datasetId, DocumentLanguage.EN);
    }

    /**
     * Issues the certificate of the latest version of a dataset in {@code language}, or answers the one
     * it already has, whatever its language: a dataset version has one certificate.
     *
     * @throws DatasetNotFoundException    for an unknown dataset
     * @throws CertificateRefusedException with every unmet condition
     */
    public Issuance issue(String datasetId, DocumentLanguage language) {
        StoredDataset stored = datasets.find(datasetId).orElseThrow(() -> new DatasetNotFoundException(datasetId));
        Optional<CertificateRecord> existing = store.forDatasetVersion(stored.id(), stored.version());
        if (existing.isPresent()) {
            return new Issuance(view(existing.get()), false);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Assessment a = assessor.assess(stored.id(), stored.version(), stored.dataset());
        List<Issue> unmet = maker.unmet(stored, a, now);
        if (!unmet.isEmpty()) {
            throw new CertificateRefusedException(datasetId, unmet);
        }
        int year = now.atOffset(ZoneOffset.UTC).getYear();
        CertificateNumber number = CertificateNumber.of(year, store.nextSequence(year));
        CertificateMaker.Made made = maker.make(stored, a, number, now, language);
        CertificateRecord record = new CertificateRecord(number.toString(), year, number.sequence(), stored.id(),
                stored.version(), stored.sha256(), stored.dataset().city().name(), stored.dataset().city().country(),
                stored.dataset().reportingYear(), now, write(made.printed()), made.pdf(), Sha256.hex(made.pdf()),
                maker.key().fingerprint(), maker.key().development(), CertificateStatus.VALID.id(), null, null, null);
        if (!store.issue(record)) {
            // Another request issued this dataset version's certificate meanwhile; its number wins.
            return new Issuance(view(store.forDatasetVersion(stored.id(), stored.version()).orElseThrow(
                    () -> new IllegalStateException("Certificate " + number + " was refused by the registry"))), false);
        }
        return new Issuance(view(store.find(number.toString()).orElseThrow()), true);
    }

    /**
     * A registered certificate.
     *
     * @throws InvalidCertificateNumberException when the text is not a well-formed number
     * @throws CertificateNotFoundException      when no certificate has it
     */
    public IssuedCertificate get(String number) {
        return view(record(number));
    }

    public List<IssuedCertificate> list(int limit, int offset) {
        return store.list(limit, offset).stream().map(this::view).toList();
    }

    public int count() {
        return store.count();
    }

    /** The issued PDF, byte for byte as registered. */
    public RenderedDocument pdf(String number) {
        CertificateRecord r = record(number);
        return new RenderedDocument(r.pdf(), RenderedDocument.PDF, fileName(r, "pdf"));
    }

    /** The HTML page of what the certificate printed when it was issued. */
    public RenderedDocument html(String number) {
        CertificateRecord r = record(number);
        return new RenderedDocument(maker.html(read(r.printedJson())), RenderedDocument.HTML, fileName(r, "html"));
    }

    /**
     * Revokes a certificate for good, with a reason.
     *
     * @throws CertificateNotFoundException         for an unknown number
     * @throws CertificateAlreadyRevokedException   when it already is
     */
    public IssuedCertificate revoke(String number, String reason) {
        CertificateRecord r = record(number);
        if (!store.revoke(r.number(), reason, clock.instant().truncatedTo(ChronoUnit.MILLIS))) {
            throw new CertificateAlreadyRevokedException(view(store.find(r.number()).orElseThrow()));
        }
        return view(store.find(r.number()).orElseThrow());
    }

    /**
     * Checks an uploaded file: is it a certificate we issued, unaltered, and where does it stand. A file
     * that starts as a PDF but cannot be read (one changed byte can do that) is answered, not refused:
     * it is not authentic.
     *
     * @throws NotAPdfException when the bytes do not even start as a PDF
     */
    public CertificateCheck verify(byte[] file) {
        if (file.length < 5 || !new String(file, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new NotAPdfException("the file does not start with %PDF-");
        }
        PadesVerifier.Verdict v = PadesVerifier.verify(file);
        Optional<CertificateRecord> registered = store.byPdfSha256(Sha256.hex(file));
        String number = registered.map(CertificateRecord::number).orElseGet(() -> claimedNumber(file));
        Optional<CertificateRecord> known = registered.isPresent() ? registered
                : Optional.ofNullable(number).flatMap(store::find);
        String expectedSigner = known.map(CertificateRecord::signerSha256).orElse(maker.key().fingerprint());
        boolean ours = v.signerSha256() != null && v.signerSha256().equals(expectedSigner);
        var checks = new CertificateCheck.Checks(v.signed(), v.signatureValid(), ours, v.coversWholeFile(),
                registered.isPresent());
        boolean authentic = v.signatureValid() && ours && v.coversWholeFile() && registered.isPresent();
        IssuedCertificate certificate = known.map(this::view).orElse(null);
        return new CertificateCheck(authentic, v.coversWholeFile() && registered.isPresent(), checks, number,
                certificate, findings(v, checks, authentic, number, certificate), v.problem());
    }

    /** The PEM of the current signing certificate, for checking QR payloads and signatures offline. */
    public String signingCertificatePem() {
        return maker.key().certificatePem();
    }

    private static List<String> findings(PadesVerifier.Verdict v, CertificateCheck.Checks c, boolean authentic,
                                         String number, IssuedCertificate certificate) {
        List<String> f = new ArrayList<>();
        if (!v.pdf()) {
            f.add("damaged");
        } else if (!v.signed()) {
            f.add("no-signature");
        } else if (!v.signatureValid()) {
            f.add("signature-invalid");
        }
        if (v.signed() && v.signerSha256() != null && !c.signedByUs()) {
            f.add("other-signer");
        }
        if (v.signed() && !v.coversWholeFile()) {
            f.add("not-whole-file");
        }
        if (!c.registered()) {
            f.add("not-registered");
        }
        if (number != null && certificate == null) {
            f.add("unknown-certificate");
        }
        if (authentic && certificate.status() != CertificateStatus.VALID) {
            f.add(certificate.status().id());
        }
        return f;
    }

    /** The number a PDF's title names, if any: how an altered copy says which certificate it claims to be. */
    private static String claimedNumber(byte[] file) {
        try (PDDocument doc = Loader.loadPDF(file)) {
            String title = doc.getDocumentInformation().getTitle();
            Matcher m = NUMBER_IN_TEXT.matcher(title == null ? "" : title);
            return m.find() && CertificateNumber.isValid(m.group()) ? m.group() : null;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    private CertificateRecord record(String number) {
        String n = CertificateNumber.parse(number).toString();
        return store.find(n).orElseThrow(() -> new CertificateNotFoundException(n));
    }

    private IssuedCertificate view(CertificateRecord r) {
        return new IssuedCertificate(r.number(), CertificateStatus.of(r.status()), r.city(), r.country(),
                r.reportingYear(), r.issuedAt(), r.datasetId(), r.datasetVersion(), r.datasetSha256(), r.pdfSha256(),
                r.signerSha256(), r.developmentKey(), r.statusChangedAt(), r.revocationReason(), r.supersededBy(),
                store.supersededBy(r.number()));
    }

    private static String fileName(CertificateRecord r, String extension) {
        return FileNames.of("U4SSC-Certificate", r.city(), r.number(), extension);
    }

    private String write(Certificate printed) {
        try {
            return json.writeValueAsString(printed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a certificate as JSON", e);
        }
    }

    private Certificate read(String printed) {
        try {
            return json.readValue(printed, Certificate.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The registry holds a certificate it cannot read", e);
        }
    }
}
