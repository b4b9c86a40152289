package org.kpidocs.document;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.kpidocs.catalogue.Kpi;

/**
 * The 17 Sustainable Development Goals as documents show them: a goal's number on its colour. The
 * colours are those of the UN guidelines for the use of the SDG logo and its colour wheel (May 2020),
 * as the domain reference (§7) lists them, cross-checked against public code bases but not against the
 * guideline's own colour page. The official goal icons are not used: badges are the number on the
 * colour, so no licence for the icons is needed.
 *
 * <p>A KPI's goals come from the SDG targets the catalogue links it to ({@code 17.6} → goal 17). The
 * catalogue marks most of these links inferred (stated nowhere in a U4SSC publication); documents say so.
 */
public final class Sdgs {

    public static final int GOALS = 17;

    private static final int[] COLOURS = {
        0xE5243B, 0xDDA63A, 0x4C9F38, 0xC5192D, 0xFF3A21, 0x26BDE2, 0xFCC30B, 0xA21942, 0xFD6925,
        0xDD1367, 0xFD9D24, 0xBF8B2E, 0x3F7E44, 0x0A97D9, 0x56C02B, 0x00689D, 0x19486A};

    private Sdgs() {
    }

    /** The official colour of goal 1–17. */
    public static Color colour(int goal) {
        if (goal < 1 || goal > GOALS) {
            throw new IllegalArgumentException("There is no Sustainable Development Goal " + goal);
        }
        return new Color(COLOURS[goal - 1]);
    }

    /** CSS class of a goal's badge, e.g. {@code sdg11}. */
    public static String cssClass(int goal) {
        return "sdg" + goal;
    }

    /** The badge classes of all 17 goals, for a document's palette. */
    public static List<CssColour> palette() {
        List<CssColour> colours = new ArrayList<>();
        for (int g = 1; g <= GOALS; g++) {
            colours.add(CssColour.of(cssClass(g), colour(g)));
        }
        return colours;
    }

    /** The goals a KPI is linked to, ascending, each once; empty when the catalogue links none. */
    public static List<Integer> goals(Kpi kpi) {
        TreeSet<Integer> goals = new TreeSet<>();
        for (String target : kpi.sdgTargets()) {
            String t = target.replace("?", "").strip();
            int dot = t.indexOf('.');
            String number = dot < 0 ? t : t.substring(0, dot);
            if (number.matches("\\d{1,2}")) {
                int goal = Integer.parseInt(number);
                if (goal >= 1 && goal <= GOALS) {
                    goals.add(goal);
                }
            }
        }
        return List.copyOf(goals);
    }

    /** Whether the catalogue marks the KPI's SDG links as inferred rather than read in a publication. */
    public static boolean inferred(Kpi kpi) {
        return kpi.inferred().sdgTargets();
    }
}
