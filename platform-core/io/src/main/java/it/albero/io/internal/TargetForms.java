package it.albero.io.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import it.albero.api.model.Timing;
import it.albero.api.model.Values;
import it.albero.io.internal.ItalianParser.Doubts;
import it.albero.io.internal.ItalianParser.Proposal;

/**
 * The forms of a target that plans of other bodies write (issue 13): ranges and bounds, a bare number next to a
 * strumento that says what it is, counts per month or week, more values joined in one cell, levels that count by
 * their latest value. Each reading that is a guess adds its reason to the {@link Doubts}. Stateless.
 */
final class TargetForms {

    private TargetForms() {
    }

    private static final String NUM = ItalianParser.NUM;

    private static final Pattern BETWEEN = Pattern.compile("\\b(?:compres[oaie]\\s+)?(?:tra|fra)\\s+(?:il\\s+|l'|i\\s+)?"
            + NUM + "\\s*(%)?\\s+e\\s+(?:il\\s+|l')?" + NUM + "\\s*(%)?");
    private static final Pattern FROM_TO = Pattern.compile("\\bdal?\\s+(?:il\\s+)?" + NUM + "\\s*(%)?\\s+(?:al|all'|a)\\s*"
            + NUM + "\\s*(%)?");
    private static final Pattern DASH = Pattern.compile("(?<![\\d/.,])" + NUM + "\\s*(%)?\\s*(?:-|–|÷)\\s*" + NUM
            + "\\s*(%)");
    private static final Pattern MIN_MAX = Pattern.compile("\\b(?:valore\\s+)?min(?:imo|\\.)?\\s*(?:di\\s+|pari a\\s+|"
            + ":\\s*|=\\s*)?" + NUM + "\\s*(%)?.*\\b(?:valore\\s+)?mass?(?:imo|\\.)\\s*(?:di\\s+|pari a\\s+|:\\s*|=\\s*|"
            + "non inferiore a\\s+|non superiore a\\s+)?" + NUM + "\\s*(%)?");
    /** A cell that is a number and nothing else, perhaps with a label: "90", "target: 85", "valore obiettivo 4". */
    private static final Pattern BARE = Pattern.compile("^(?:(?:target|valore (?:obiettivo|atteso|target|soglia|di "
            + "riferimento)|obiettivo|risultato atteso|standard|atteso)\\s*[:=]?\\s*)?(?:pari a\\s*|=\\s*)?"
            + "(n\\.\\s*|nr\\.?\\s*|€\\s*|euro\\s+)?" + NUM + "(\\s*(?:€|euro))?$");
    /** A range of counts: "10-12 eventi", "da 3 a 5 incontri" without a percentage. */
    private static final Pattern COUNT_RANGE = Pattern.compile("^(?:da\\s+)?" + NUM + "\\s*(?:-|–|a)\\s*" + NUM
            + "\\s+[a-zà-ù]");
    /** Down to a value: "riduzione a 2 gg", "ridurre a 20 giorni"; a time or a mean within: "entro 30 giorni". */
    private static final Pattern REDUCE_TO = Pattern.compile("^(?:riduzione|ridurre|portare|abbassare|contenere|"
            + "contenimento)(?:\\s+\\w+){0,3}?\\s+(?:a|al di sotto di|sotto|entro)\\s+" + NUM + "(?!\\s*%)");
    private static final Pattern WITHIN_DAYS = Pattern.compile("^(?:entro|non oltre|max\\.?|massimo)\\s+" + NUM
            + "\\s*(?:giorni|gg\\.?|ore|minuti)$");
    /** A target among other values: "Baseline 2024: 40%; target 2025: 50%". */
    private static final Pattern NAMED_TARGET = Pattern.compile("\\btarget(?:\\s+(?:20\\d{2}|anno))?\\s*[:=]?\\s*"
            + NUM + "\\s*(%)?");
    /** A score, an index, a mean, followers: a level whose latest value counts, not the sum of the values. */
    static final Pattern LEVEL = Pattern.compile("^(?:il |la |l'|lo )?(?:livello|indice|punteggio|tasso|valore|"
            + "giacenza|consistenza|indicatore di|voto|rating)\\b|\\b(?:follower|followers|punteggio|media|medio|medi|"
            + "gradimento|soddisfazione|customer satisfaction|durata media|tempo medio)\\b|\\bscala\\s+(?:da\\s+)?\\d");
    private static final Pattern SCORE = Pattern.compile("\\b(?:punteggio|voto|gradimento|soddisfazione|rating|"
            + "valutazione|scala|customer satisfaction|indice|media|medio)\\b");
    private static final Pattern COUNTED = Pattern.compile("^(?:n\\.|nr\\.?|num\\.|numero|quantit[aà])|\\bnumero di\\b"
            + "|\\bn\\.\\s");
    private static final Pattern PER_PERIOD = Pattern.compile("\\b(?:al|a|per|ogni|alla|in ogni)\\s+"
            + "(mese|settimana|bimestre|trimestre|semestre)\\b");
    private static final Pattern LEADING_COUNT = Pattern.compile("^(?:almeno\\s+|min(?:imo|\\.)?\\s+|n\\.\\s*|"
            + "non meno di\\s+)?(?:n\\.\\s*)?(" + ItalianParser.NUM_NC + "|" + TempiParser.WORD + ")\\s+(?!%)");
    private static final Pattern NOT_A_VALUE = Pattern.compile("(?<![\\d/.])\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}"
            + "(?:\\s*[/.\\-]\\s*\\d{2,4})?(?![\\d/])|(?<![\\d.,])(?:19|20)\\d{2}(?![\\d.,])|\\bentro\\s+(?:i\\s+)?\\d+\\s+"
            + "(?:giorn\\w*|gg\\.?|mesi|settimane)|\\b\\d+\\s*(?:°|o)?\\s*(?:trim|sem)\\w*|\\bd\\.\\s?lgs\\.?\\s*n?\\.?\\s*\\d+"
            + "|\\bl\\.\\s*n?\\.?\\s*\\d+|\\bart\\.\\s*\\d+|\\bscala\\s+\\d+\\s*-\\s*\\d+|\\bentro (?:il )?\\d{1,2}\\s+[a-z]+");
    private static final Pattern A_NUMBER = Pattern.compile("(?<![\\w.,])" + NUM);

    /** A range or two bounds: the lower bound as the target, the other kept for review. */
    static Optional<Proposal> range(String expected, String strumento, Timing timing, Doubts doubts) {
        for (Pattern p : List.of(BETWEEN, FROM_TO, MIN_MAX, DASH)) {
            Matcher m = p.matcher(expected);
            if (!m.find()) {
                continue;
            }
            BigDecimal low = ItalianParser.number(m.group(1));
            BigDecimal high = ItalianParser.number(m.group(3));
            boolean percent = m.group(2) != null || m.group(4) != null;
            if (p == DASH && high.compareTo(low) <= 0) {
                continue;
            }
            String kept = "'" + m.group().strip() + "'";
            Map<String, Object> params = new LinkedHashMap<>();
            if (percent && low.compareTo(BigDecimal.valueOf(100)) <= 0) {
                params.put("target", low);
                doubts.add("il risultato atteso dà due limiti (" + kept + "): letto come almeno il " + plain(low)
                        + "%; l'altro limite (" + plain(high) + "%) resta da verificare");
                return Optional.of(new Proposal(timing, "rapporto", Values.of(params), null));
            }
            params.put("soglia", low);
            if (level(strumento, expected)) {
                params.put("aggregazione", "ultimo");
            }
            doubts.add("il risultato atteso dà due limiti (" + kept + "): letto come almeno " + plain(low)
                    + "; l'altro limite (" + plain(high) + ") resta da verificare");
            return Optional.of(new Proposal(timing, "conteggio", Values.of(params), null));
        }
        return Optional.empty();
    }

    /** "riduzione a 2 gg" next to a time, "entro 30 giorni" next to a mean time: a level to stay at or below. */
    static Optional<Proposal> reduceTo(String expected, String strumento, Timing timing) {
        Matcher m = REDUCE_TO.matcher(expected);
        Matcher w = WITHIN_DAYS.matcher(expected);
        String n;
        if (m.find()) {
            n = m.group(1);
        } else if (w.matches() && LEVEL.matcher(strumento).find()) {
            n = w.group(1);
        } else {
            return Optional.empty();
        }
        return Optional.of(new Proposal(timing, "conteggio", Values.of("soglia", ItalianParser.number(n),
                "confronto", "<=", "aggregazione", "ultimo"), null));
    }

    /** "target 2025: 50%" among a baseline and other values: the named target. */
    static Optional<Proposal> namedTarget(String expected, Timing timing, Doubts doubts) {
        Matcher m = NAMED_TARGET.matcher(expected);
        if (!m.find() || !expected.matches(".*\\d.*\\d.*[^\\d].*")) {
            return Optional.empty();
        }
        BigDecimal n = ItalianParser.number(m.group(1));
        if (m.group(2) != null && n.compareTo(BigDecimal.valueOf(100)) <= 0) {
            doubts.add("letto il valore indicato come target (" + plain(n) + "%); gli altri valori ('" + expected
                    + "') restano da verificare");
            return Optional.of(new Proposal(timing, "rapporto", Values.of("target", n), null));
        }
        return Optional.empty();
    }

    /** "10-12 eventi": the lower bound, the other kept for review. */
    static Optional<Proposal> countRange(String expected, String strumento, Timing timing, Doubts doubts) {
        Matcher m = COUNT_RANGE.matcher(expected);
        if (!m.find()) {
            return Optional.empty();
        }
        BigDecimal low = ItalianParser.number(m.group(1));
        BigDecimal high = ItalianParser.number(m.group(2));
        if (high.compareTo(low) <= 0) {
            return Optional.empty();
        }
        doubts.add("il risultato atteso dà due limiti ('" + m.group().strip() + "...'): letto come almeno "
                + plain(low) + "; l'altro limite (" + plain(high) + ") resta da verificare");
        Values p = Values.of("soglia", low);
        return Optional.of(new Proposal(timing, "conteggio", level(strumento, expected) ? p.with("aggregazione",
                "ultimo") : p, null));
    }

    /**
     * A bare number as the expected result: a ratio's target when the strumento is a ratio or a percentage, a
     * level when it is a score or an index, a count when it counts.
     */
    static Optional<Proposal> bare(String expected, String strumento, Timing timing, Doubts doubts) {
        Matcher m = BARE.matcher(expected);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal n = ItalianParser.number(m.group(2));
        if (m.group(1) != null || (m.group(3) != null && !m.group(3).isBlank())) {
            boolean money = (m.group(1) != null && !m.group(1).startsWith("n")) || m.group(3) != null;
            Values p = Values.of("soglia", n);
            return Optional.of(new Proposal(timing, "conteggio", !money && level(strumento, expected)
                    ? p.with("aggregazione", "ultimo") : p, null));
        }
        boolean hundred = n.compareTo(BigDecimal.valueOf(100)) <= 0;
        boolean percentWord = strumento.contains("%") || strumento.contains("percentual");
        if (hundred && (percentWord || ItalianParser.RATIO.matcher(strumento).find())
                && !SCORE.matcher(strumento).find()) {
            if (!percentWord && !strumento.contains("/")) {
                doubts.add("il numero " + plain(n) + " senza '%' è letto come target percentuale del rapporto");
            }
            return Optional.of(new Proposal(timing, "rapporto", Values.of("target", n), null));
        }
        if (SCORE.matcher(strumento).find() || LEVEL.matcher(strumento).find()) {
            return Optional.of(new Proposal(timing, "conteggio", Values.of("soglia", n, "aggregazione", "ultimo"),
                    null));
        }
        if (!COUNTED.matcher(strumento).find()) {
            doubts.add("il numero " + plain(n) + " senza unità è letto come soglia minima di un conteggio");
        }
        return Optional.of(new Proposal(timing, "conteggio", Values.of("soglia", n), null));
    }

    /** "1 report ogni bimestre": recurring; "almeno 4 sopralluoghi al mese": a yearly count, for review. */
    static Optional<Proposal> perPeriod(String expected, Timing timing, Doubts doubts) {
        Matcher per = PER_PERIOD.matcher(expected);
        Matcher n = LEADING_COUNT.matcher(expected);
        if (!per.find() || !n.find()) {
            return Optional.empty();
        }
        String period = per.group(1);
        BigDecimal count = n.group(1).matches("\\d.*") ? ItalianParser.number(n.group(1))
                : BigDecimal.valueOf(TempiParser.wordOrNumber(n.group(1)));
        int k = switch (period) {
            case "mese" -> 12;
            case "bimestre" -> 6;
            case "trimestre" -> 4;
            case "semestre" -> 2;
            default -> 52;
        };
        if (count.compareTo(BigDecimal.ONE) == 0) {
            String periodicita = switch (period) {
                case "mese" -> "mensile";
                case "bimestre" -> "bimestrale";
                case "trimestre" -> "trimestrale";
                case "semestre" -> "semestrale";
                default -> "settimanale";
            };
            return Optional.of(new Proposal(timing, "ricorrente", Values.of("periodicita", periodicita), null));
        }
        BigDecimal year = count.multiply(BigDecimal.valueOf(k));
        doubts.add("'" + plain(count) + " " + per.group() + "' letto come " + plain(year) + " nell'anno ("
                + plain(count) + " x " + k + ")");
        return Optional.of(new Proposal(timing, "conteggio", Values.of("soglia", year), null));
    }

    /** More values in the expected result than the one read: two targets joined, for review. */
    static void otherValues(String expected, Proposal p, Doubts doubts) {
        Object used = p.parameters().get("target").or(() -> p.parameters().get("soglia")).orElse(null);
        String rest = NOT_A_VALUE.matcher(expected).replaceAll(" ");
        List<String> others = new ArrayList<>();
        Matcher m = A_NUMBER.matcher(rest);
        boolean skippedUsed = false;
        while (m.find()) {
            BigDecimal v = ItalianParser.number(m.group(1));
            if (!skippedUsed && (!(used instanceof BigDecimal u) || u.compareTo(v) == 0
                    || u.compareTo(v.multiply(BigDecimal.valueOf(perYear(expected)))) == 0)) {
                skippedUsed = true;
                continue;
            }
            others.add(m.group(1));
        }
        if (!others.isEmpty()) {
            doubts.add("il risultato atteso unisce più valori (anche " + String.join(", ", others) + "): letto solo "
                    + (used instanceof BigDecimal u ? plain(u) : "il primo") + "; gli altri restano da verificare"
                    + " (un indicatore per valore, o un composito)");
        }
    }

    private static int perYear(String expected) {
        Matcher per = PER_PERIOD.matcher(expected);
        if (!per.find()) {
            return 1;
        }
        return switch (per.group(1)) {
            case "mese" -> 12;
            case "bimestre" -> 6;
            case "trimestre" -> 4;
            case "semestre" -> 2;
            default -> 52;
        };
    }

    /** Whether the value is a level (its latest measurement counts), not a total: a score, an index, followers. */
    static boolean level(String strumento, String expected) {
        return !COUNTED.matcher(expected).find() && (LEVEL.matcher(strumento).find() || LEVEL.matcher(" " + expected)
                .find());
    }

    /** The text without dates, years, legal references and periods: what is left may hold target values. */
    static String withoutDates(String t) {
        return NOT_A_VALUE.matcher(t).replaceAll(" ");
    }

    /** 3.2 -> "3,2"; 70 -> "70". */
    static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
