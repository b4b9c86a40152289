package org.kpidocs.document.certificate;

import java.util.List;

/**
 * What one certificate prints, as ready-made text: the template's data model, and what the registry
 * keeps (as JSON) so that the HTML preview shows what was issued. The QR code's SVG is added for the
 * HTML page only.
 *
 * @param pdfTitle      the document title (PDF metadata and {@code <title>})
 * @param title         the configured title, e.g. "Certificate of Achievement"
 * @param kpisTotal     KPIs in the catalogue
 * @param verifierOrganisation null when the dataset names none
 * @param qrText        what the QR code encodes: the verification URL and the signed payload
 * @param developmentKey signed with the development key, which the page says
 * @param preview       made offline and not registered, which the page says
 * @param qrSvg         the QR code as SVG, for the HTML page; null otherwise
 */
public record Certificate(String lang, String dir, String pdfTitle, String description, String keywords,
                          String title, List<CertificateSettings.Organisation> organisations, String city,
                          String country, String reportingYear, String kpisTotal, String kpisReported,
                          String kpisVerified, String verifier, String verifierOrganisation, String verifiedOn,
                          String issuedOn, String place, List<CertificateSettings.Signatory> signatories,
                          String number, String verificationUrl, String qrText, String qrAlt, String datasetId,
                          String datasetVersion, String datasetSha256, boolean developmentKey, boolean preview,
                          String qrSvg) {

    /** The figure id of the QR code, as the template writes it. */
    public static final String QR_ID = "qr";

    public Certificate {
        organisations = List.copyOf(organisations);
        signatories = List.copyOf(signatories);
    }

    Certificate withQrSvg(String svg) {
        return new Certificate(lang, dir, pdfTitle, description, keywords, title, organisations, city, country,
                reportingYear, kpisTotal, kpisReported, kpisVerified, verifier, verifierOrganisation, verifiedOn,
                issuedOn, place, signatories, number, verificationUrl, qrText, qrAlt, datasetId, datasetVersion,
                datasetSha256, developmentKey, preview, svg);
    }
}
