package org.kpidocs.document.certificate;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * What the certificate prints that no dataset says: its title, the issuing organisations (as text
 * wordmarks; no logo is shipped), the signatories, the place of issue, and the public address under
 * which anyone can check it. None of this is confirmed for U4SSC (domain reference §5.4: no image,
 * wording or signatory of the real certificate is public), so all of it is configuration.
 *
 * @param title         e.g. "Certificate of Achievement"
 * @param organisations the issuing organisations, two or more
 * @param signatories   two or three signature blocks
 * @param place         the place of issue, e.g. "Geneva"
 * @param publicBaseUrl where the service is reachable from outside, e.g. {@code https://certificates.example.org};
 *                      the verification link is this + {@code /api/v1/certificates/<number>}
 */
public record CertificateSettings(String title, List<Organisation> organisations, List<Signatory> signatories,
                                  String place, String publicBaseUrl) {

    public CertificateSettings {
        organisations = List.copyOf(organisations);
        signatories = List.copyOf(signatories);
        publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /** An issuing organisation: the short name is the wordmark, the name is printed beneath it. */
    public record Organisation(String shortName, String name) {
    }

    /** A signature block: name, title (function) and organisation of the person who signs. */
    public record Signatory(String name, String title, String organisation) {
    }

    /** The default title. */
    public static final String TITLE = "Certificate of Achievement";
    /** The default organisations, written as {@link #parseOrganisations} reads them. */
    public static final String ORGANISATIONS = "ITU=International Telecommunication Union;"
            + "UNECE=United Nations Economic Commission for Europe;"
            + "UN-Habitat=United Nations Human Settlements Programme";
    /**
     * The default signatories: functions without names, since no source names who signs (domain
     * reference §5.4); an operator sets the real ones.
     */
    public static final String SIGNATORIES = "Authorised signatory|For the International Telecommunication Union|;"
            + "Authorised signatory|For the United Nations Economic Commission for Europe|;"
            + "Authorised signatory|For the United Nations Human Settlements Programme|";
    public static final String PLACE = "Geneva";
    public static final String PUBLIC_BASE_URL = "http://127.0.0.1:8080";

    /** The settings with every default. */
    public static CertificateSettings defaults() {
        return new CertificateSettings(TITLE, parseOrganisations(ORGANISATIONS), parseSignatories(SIGNATORIES), PLACE,
                PUBLIC_BASE_URL);
    }

    /**
     * {@code SHORT=Full name;SHORT=Full name}, two to four organisations.
     *
     * @throws IllegalArgumentException saying what is wrong and what is allowed
     */
    public static List<Organisation> parseOrganisations(String text) {
        List<Organisation> list = new ArrayList<>();
        for (String part : text.split(";")) {
            String[] kv = part.split("=", -1);
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                throw new IllegalArgumentException("\"" + part.strip() + "\" is not SHORT=Full name; allowed: "
                        + "2 to 4 entries like ITU=International Telecommunication Union, separated by ;");
            }
            list.add(new Organisation(text(kv[0]), text(kv[1])));
        }
        if (list.size() < 2 || list.size() > 4) {
            throw new IllegalArgumentException(list.size() + " organisations; allowed: 2 to 4, separated by ;");
        }
        return list;
    }

    /**
     * {@code Name|Title|Organisation;…}, two or three signatories.
     *
     * @throws IllegalArgumentException saying what is wrong and what is allowed
     */
    public static List<Signatory> parseSignatories(String text) {
        List<Signatory> list = new ArrayList<>();
        for (String part : text.split(";")) {
            String[] f = part.split("\\|", -1);
            if (f.length != 3 || f[0].isBlank() || f[1].isBlank()) {
                throw new IllegalArgumentException("\"" + part.strip() + "\" is not Name|Title|Organisation; allowed: "
                        + "2 or 3 entries like Jane Doe|Director|ITU, separated by ; (the organisation may be empty)");
            }
            list.add(new Signatory(text(f[0]), text(f[1]), f[2].isBlank() ? "" : text(f[2])));
        }
        if (list.size() < 2 || list.size() > 3) {
            throw new IllegalArgumentException(list.size() + " signatories; allowed: 2 or 3, separated by ;");
        }
        return list;
    }

    /**
     * An absolute http or https URL without query or fragment.
     *
     * @throws IllegalArgumentException otherwise
     */
    public static String parseBaseUrl(String text) {
        try {
            URI uri = new URI(text.strip());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null) {
                return uri.toString();
            }
        } catch (java.net.URISyntaxException e) {
            // answered below
        }
        throw new IllegalArgumentException("not an absolute http(s) URL; allowed: e.g. https://certificates.example.org");
    }

    /** A configured text: trimmed, one line, at most 200 characters. */
    public static String text(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 200 || t.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw new IllegalArgumentException("\"" + t + "\" must be one line of 1 to 200 characters");
        }
        return t;
    }

    /**
     * These settings as a certificate in one language prints them: every text still at its default
     * (title, the three organisations, the signatories, the place) in that language's words, from the
     * {@code certificate.default.*} keys; texts the secretariat configured are printed as configured.
     *
     * @param words the document bundle's text for a key in the certificate's language
     */
    public CertificateSettings in(java.util.function.UnaryOperator<String> words) {
        String[] orgs = {"itu", "unece", "unhabitat"};
        List<Organisation> organisations = this.organisations;
        if (organisations.equals(parseOrganisations(ORGANISATIONS))) {
            organisations = java.util.Arrays.stream(orgs).map(o -> new Organisation(
                    words.apply("certificate.default.org." + o), words.apply("certificate.default.org." + o + ".name")))
                    .toList();
        }
        List<Signatory> signatories = this.signatories;
        if (signatories.equals(parseSignatories(SIGNATORIES))) {
            signatories = java.util.Arrays.stream(orgs).map(o -> new Signatory(
                    words.apply("certificate.default.signatory"), words.apply("certificate.default.signatory." + o), ""))
                    .toList();
        }
        return new CertificateSettings(TITLE.equals(title) ? words.apply("certificate.default.title") : title,
                organisations, signatories, PLACE.equals(place) ? words.apply("certificate.default.place") : place,
                publicBaseUrl);
    }

    /** The public verification link of a certificate. */
    public String verificationUrl(CertificateNumber number) {
        return publicBaseUrl + "/api/v1/certificates/" + number;
    }
}
