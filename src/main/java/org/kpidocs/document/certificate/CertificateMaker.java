package org.kpidocs.document.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.kpidocs.assessment.Assessment;
import org.kpidocs.dataset.Issue;
import org.kpidocs.dataset.StoredDataset;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.i18n.Messages;
import org.kpidocs.signing.PadesSigner;
import org.kpidocs.signing.SigningKey;

/**
 * Makes a certificate without storing it: checks the issuance rules, assembles the text, renders the
 * page and signs it. The service registers what it makes; the command line makes unregistered previews.
 */
public final class CertificateMaker {

    private final CertificateAssembler assembler;
    private final CertificateRenderer renderer;
    private final SigningKey key;
    private final PadesSigner signer;
    private final CertificateSettings settings;
    private final Messages messages;

    public CertificateMaker(CertificateSettings settings, Messages messages, CertificateRenderer renderer, SigningKey key) {
        this.assembler = new CertificateAssembler(settings, messages);
        this.renderer = renderer;
        this.key = key;
        this.signer = new PadesSigner(key);
        this.settings = settings;
        this.messages = messages;
    }

    /** A made certificate: what it prints and the signed PDF. */
    public record Made(Certificate printed, byte[] pdf) {
    }

    /** The conditions a dataset does not meet on the day of {@code issuedAt}; empty when it earns a certificate. */
    public List<Issue> unmet(StoredDataset stored, Assessment a, Instant issuedAt) {
        return IssuanceRules.unmet(stored.dataset(), a, LocalDate.ofInstant(issuedAt, ZoneOffset.UTC));
    }

    /** Assembles, renders and signs; the signing time is {@code issuedAt}, so the same inputs give the same bytes. */
    public Made make(StoredDataset stored, Assessment a, CertificateNumber number, Instant issuedAt,
                     DocumentLanguage language) {
        Certificate printed = assembler.assemble(stored, a, new CertificateAssembler.Issuance(number, issuedAt, key),
                language);
        byte[] unsigned = renderer.pdf(printed, issuedAt);
        Locale locale = language.locale();
        String reason = messages.format(locale, key.development() ? "certificate.signature.reason.development"
                : "certificate.signature.reason", number.toString());
        return new Made(printed, signer.sign(unsigned, issuedAt, reason, printed.place()));
    }

    /** The HTML page of what a certificate prints. */
    public byte[] html(Certificate printed) {
        return renderer.html(printed);
    }

    public SigningKey key() {
        return key;
    }
}
