package org.kpidocs.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinesTest {

    static final Typeface FACE = new Typeface("Noto Sans");

    @Test
    void cleaningDropsControlCharactersAndCollapsesWhiteSpace() {
        assertThat(Lines.clean("  Water\tand\n\nSanitation\u0000\u0007 ")).isEqualTo("Water and Sanitation");
        assertThat(Lines.clean("a\uFFFEb\uD800c")).isEqualTo("abc");                 // non-character, lone surrogate
        assertThat(Lines.clean("Park \uD83C\uDF33")).isEqualTo("Park \uD83C\uDF33");  // a surrogate pair stays
    }

    @Test
    void textThatFitsIsNotCut() {
        Lines lines = new Lines(FACE, false, "Water");
        assertThat(lines.ellipsize("Water", 100)).isEqualTo("Water");
    }

    @Test
    void longTextIsCutWithAnEllipsisWithinTheRoom() {
        String text = "Drainage / Storm Water System ICT Monitoring";
        Lines lines = new Lines(FACE, false, text);
        double room = lines.width() / 2;

        String cut = lines.ellipsize(text, room);

        assertThat(cut).endsWith("\u2026").startsWith("Drainage");
        assertThat(FACE.width(cut, false)).isLessThanOrEqualTo(room);
        assertThat(cut.length()).isLessThan(text.length());
    }

    @Test
    void balancedWrapSplitsIntoEvenLines() {
        Lines lines = new Lines(FACE, false, "Society and Culture");
        double size = 10;
        double room = lines.width() * size * 0.7;

        assertThat(lines.balanced(1, size, i -> room)).isNull();
        List<String> two = lines.balanced(2, size, i -> room);
        assertThat(two).hasSize(2);
        assertThat(String.join(" ", two)).isEqualTo("Society and Culture");
        assertThat(two).allSatisfy(line -> assertThat(FACE.width(line, false) * size).isLessThanOrEqualTo(room));
    }

    @Test
    void balancedWrapFailsWhenAWordIsLongerThanTheLine() {
        Lines lines = new Lines(FACE, false, "Telecommunications infrastructure");
        assertThat(lines.balanced(2, 10, i -> 20)).isNull();
    }

    @Test
    void filledLinesStopAtTheFirstCut() {
        Lines lines = new Lines(FACE, false, "Public Space and Natural Heritage Areas");
        double size = 10;
        double room = FACE.width("Public Space", false) * size * 1.05;

        List<String> out = lines.filled(2, size, i -> room);

        assertThat(out).hasSize(2);
        assertThat(out.get(0)).isEqualTo("Public Space");
        assertThat(out.get(1)).endsWith("\u2026");
    }

    @Test
    void aCutThatKeepsAlmostNothingIsDropped() {
        Lines lines = new Lines(FACE, false, "Sanitation");
        assertThat(lines.filled(1, 10, i -> 12)).isEmpty();
    }
}
