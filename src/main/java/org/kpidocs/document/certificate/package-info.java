/**
 * The U4SSC certificate: issuance rules, numbering with a check character, the one-page
 * landscape document with its QR code and signed offline payload, PAdES signing, and the registry
 * service that issues, supersedes, revokes and verifies. The real certificate's design, wording and
 * signatories are not public (domain reference §5.4), so the layout is proposed and every name,
 * title and signatory is configuration ({@link org.kpidocs.document.certificate.CertificateSettings}).
 */
package org.kpidocs.document.certificate;
