package it.albero.report.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads figures back from the text of a report's PDF. */
final class PdfFigures {

    private PdfFigures() {
    }

    /**
     * The score of each unit as the PDF prints it on the lines that start with the unit's code and a score (the
     * summary table and the bar chart: "ENT 81,8%..."); fails when two such lines disagree.
     */
    static Map<String, String> unitScores(String text, List<String> units) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String u : units) {
            Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(u) + " (\\d{1,3}(?:,\\d)?%|-)").matcher(text);
            while (m.find()) {
                String previous = out.putIfAbsent(u, m.group(1));
                if (previous != null && !previous.equals(m.group(1))) {
                    throw new AssertionError("unit " + u + " printed with two scores: " + previous + ", " + m.group(1));
                }
            }
        }
        return out;
    }
}
