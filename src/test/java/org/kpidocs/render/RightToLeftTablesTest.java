package org.kpidocs.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tables of right-to-left documents are mirrored for the PDF renderer; others are left alone. */
class RightToLeftTablesTest {

    private static String doc(String dir, String body) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"x\" dir=\"" + dir + "\"><body>" + body
                + "</body></html>";
    }

    @Test
    void reversesTheCellsOfEveryRowOfARightToLeftDocument() {
        String table = "<table><thead><tr><th rowspan=\"2\">A</th><th colspan=\"2\">B</th></tr>"
                + "<tr><th class=\"num\">b1</th><th>b2</th></tr></thead>"
                + "<tbody><tr class=\"total\"><td>a</td><td><span class=\"x\">1</span> &amp; <b>2</b></td><td/></tr></tbody></table>";
        assertThat(RightToLeftTables.mirror(doc("rtl", table))).isEqualTo(doc("rtl",
                "<table><thead><tr><th colspan=\"2\">B</th><th rowspan=\"2\">A</th></tr>"
                        + "<tr><th>b2</th><th class=\"num\">b1</th></tr></thead>"
                        + "<tbody><tr class=\"total\"><td/><td><span class=\"x\">1</span> &amp; <b>2</b></td><td>a</td></tr>"
                        + "</tbody></table>"));
    }

    @Test
    void leavesLeftToRightDocumentsAsTheyAre() {
        String ltr = doc("ltr", "<table><tr><td>a</td><td>b</td></tr></table>");
        assertThat(RightToLeftTables.mirror(ltr)).isSameAs(ltr);
    }
}
