package org.kpidocs.document.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CertificateNumberTest {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    @Test
    void writesPrefixYearSixDigitSequenceAndCheckCharacter() {
        CertificateNumber n = CertificateNumber.of(2026, 123);
        assertThat(n.toString()).matches("U4SSC-2026-000123-[0-9A-Z]");
        assertThat(CertificateNumber.parse(n.toString())).isEqualTo(n);
        assertThat(CertificateNumber.parse(n.toString().toLowerCase())).isEqualTo(n);
    }

    /** Worked by hand with the algorithm in the Javadoc (ISO/IEC 7064 MOD 37,36). */
    @Test
    void computesTheIso7064Mod3736CheckCharacter() {
        assertThat(CertificateNumber.checkCharacter("0")).isEqualTo('2');
        assertThat(CertificateNumber.checkCharacter("A")).isEqualTo('H');
        assertThat(CertificateNumber.of(2026, 123).check()).isEqualTo('8');
    }

    @Test
    void detectsEverySingleMistypedCharacter() {
        Random random = new Random(6);
        int detected = 0;
        for (int i = 0; i < 200; i++) {
            String number = CertificateNumber.of(2000 + random.nextInt(100), random.nextInt(1_000_000)).toString();
            for (int p = 0; p < number.length(); p++) {
                if (number.charAt(p) == '-') {
                    continue;
                }
                for (char c : ALPHABET.toCharArray()) {
                    if (c == number.charAt(p)) {
                        continue;
                    }
                    String typo = number.substring(0, p) + c + number.substring(p + 1);
                    assertThat(CertificateNumber.isValid(typo)).as(typo + " from " + number).isFalse();
                    detected++;
                }
            }
        }
        assertThat(detected).isGreaterThan(100_000);
    }

    @Test
    void detectsAlmostEverySwapOfAdjacentCharacters() {
        Random random = new Random(7);
        int swaps = 0;
        int missed = 0;
        for (int i = 0; i < 2000; i++) {
            String number = CertificateNumber.of(2000 + random.nextInt(100), random.nextInt(1_000_000)).toString();
            for (int p = 0; p + 1 < number.length(); p++) {
                char a = number.charAt(p);
                char b = number.charAt(p + 1);
                if (a == b || a == '-' || b == '-') {
                    continue;
                }
                swaps++;
                String swapped = number.substring(0, p) + b + a + number.substring(p + 2);
                missed += CertificateNumber.isValid(swapped) ? 1 : 0;
            }
        }
        assertThat((double) missed / swaps).as("share of swaps not detected").isLessThan(0.005);
    }

    @Test
    void saysWhetherTheFormOrTheCheckCharacterIsWrong() {
        String good = CertificateNumber.of(2026, 42).toString();
        char wrong = good.charAt(good.length() - 1) == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> CertificateNumber.parse(good.substring(0, good.length() - 1) + wrong))
                .isInstanceOfSatisfying(InvalidCertificateNumberException.class, e -> assertThat(e.checkFailed()).isTrue());
        assertThatThrownBy(() -> CertificateNumber.parse("U4SSC-2026-42"))
                .isInstanceOfSatisfying(InvalidCertificateNumberException.class, e -> assertThat(e.checkFailed()).isFalse());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "garbage", "../../etc/passwd", "U4SSC-2026-000123", "XYZ-2026-000123-K",
            "U4SSC-26-000123-K", "U4SSC-2026-0000123-K", "U4SSC-2026-000123-KK", "U4SSC_2026_000123_K",
            "U4SSC-2026-000123-%", "U4SSC-2026-000123-K/../x"})
    void refusesTextsThatAreNotNumbers(String text) {
        assertThat(CertificateNumber.isValid(text)).isFalse();
    }

    @Test
    void marksSequenceZeroAsAnUnregisteredPreview() {
        assertThat(CertificateNumber.of(2026, 0).preview()).isTrue();
        assertThat(CertificateNumber.of(2026, 1).preview()).isFalse();
    }
}
