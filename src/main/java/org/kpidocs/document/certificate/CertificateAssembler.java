package org.kpidocs.document.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.kpidocs.assessment.Assessment;
import org.kpidocs.dataset.Dataset;
import org.kpidocs.dataset.StoredDataset;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.document.Formats;
import org.kpidocs.i18n.Messages;
import org.kpidocs.signing.SigningKey;

/** Turns a dataset version, its assessment and the issuance facts into the certificate's text. */
final class CertificateAssembler {

    private final CertificateSettings settings;
    private final Messages messages;

    CertificateAssembler(CertificateSettings settings, Messages messages) {
        this.settings = settings;
        this.messages = messages;
    }

    /** The facts of one issuance: number, time, the key that signs, and whether it is a preview. */
    record Issuance(CertificateNumber number, Instant issuedAt, SigningKey key) {
        LocalDate issuedOn() {
            return LocalDate.ofInstant(issuedAt, ZoneOffset.UTC);
        }
    }

    Certificate assemble(StoredDataset stored, Assessment a, Issuance issuance, DocumentLanguage language) {
        Locale locale = language.locale();
        CertificateSettings settings = this.settings.in(key -> word(locale, key));
        Formats f = new Formats(locale);
        Dataset d = stored.dataset();
        Dataset.Verification v = d.verification();
        String number = issuance.number().toString();
        String city = d.city().name();
        String country = d.city().country();
        boolean dev = issuance.key().development();
        VerificationPayload payload = new VerificationPayload(number, city, country, issuance.issuedOn(), stored.sha256());
        String url = settings.verificationUrl(issuance.number());
        Assessment.Tally kpis = a.summary().kpis().all();
        return new Certificate(language.tag(), language.direction(),
                word(locale, "certificate.pdf-title", settings.title(), city, country, number),
                word(locale, "certificate.description", number, city, country, f.year(d.reportingYear()))
                        + (dev ? " " + word(locale, "certificate.development-key") : ""),
                word(locale, "certificate.keywords", city, number)
                        + (dev ? ", " + word(locale, "certificate.keywords.development") : ""),
                settings.title(), settings.organisations(), city, country, f.year(d.reportingYear()),
                f.integer(kpis.total()), f.integer(kpis.reported()), f.integer(kpis.verified()),
                v == null ? null : v.verifier(), v == null ? null : v.organisation(),
                v == null || v.completedOn() == null ? null : f.date(v.completedOn()),
                f.date(issuance.issuedOn()), settings.place(), settings.signatories(), number, url,
                url + "#" + payload.token(issuance.key()),
                word(locale, "certificate.qr.alt", number, city), stored.id(), String.valueOf(stored.version()),
                stored.sha256(), dev, issuance.number().preview(), null);
    }

    private String word(Locale locale, String key, String... args) {
        return messages.format(locale, key, args);
    }
}
