package org.kpidocs.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KpiCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"EC: ICT: ICT: 1C", "EC:ICT:ICT:1C", "  ec: ict: ict: 1c ", "EC-ICT-ICT-1C", "ec-ict-ict-1c",
            "EC :  ICT : ICT :1C"})
    void normalisesEverySpellingToTheCanonicalForm(String text) {
        KpiCode code = KpiCode.parse(text).orElseThrow();
        assertThat(code.toString()).isEqualTo("EC: ICT: ICT: 1C");
        assertThat(code.compact()).isEqualTo("EC-ICT-ICT-1C");
        assertThat(code.type()).isEqualTo(KpiType.CORE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "EC", "EC: ICT: ICT: 1", "EC: ICT: ICT: 1X", "XX: ICT: ICT: 1C", "EC: Q: ICT: 1C",
            "EC: ICT: ICT: 100C", "EC ICT ICT 1C", "EC: ICT: ICT: 1C; DROP TABLE"})
    void refusesTextThatIsNotAKpiCode(String text) {
        assertThat(KpiCode.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"EN: EN: AQ: 1C / PM2.5", "EN: EN: AQ: 1C/PM2.5", "EN-EN-AQ-1C / PM2.5"})
    void readsDataPointReferences(String text) {
        ItemRef ref = ItemRef.parse(text).orElseThrow();
        assertThat(ref.toString()).isEqualTo("EN: EN: AQ: 1C / PM2.5");
        assertThat(ref.isDataPoint()).isTrue();
    }
}
