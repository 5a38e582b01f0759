package it.albero.io.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import it.albero.api.model.Timing;
import it.albero.api.model.Timing.Frequency;
import it.albero.api.model.Values;
import it.albero.api.text.ItalianNumbers;

/**
 * The Italian parser of a plan row that arrives as plain text: it proposes the typed form, that is the
 * {@link Timing} (read from the "Tempi" by {@link TempiParser}), an indicator type id and its parameters read from
 * the usual phrasings of an expected result (docs/plan-format.md). It never fails: what it cannot type becomes a
 * milestone ({@code traguardo}) with a review note. Stateless and thread-safe.
 */
public final class ItalianParser {

    /**
     * The typed form proposed for a row.
     *
     * @param timing     the Tempi, typed
     * @param typeId     the indicator type id
     * @param parameters its parameters
     * @param review     why a human should look at it, or {@code null} when the reading is plain
     */
    public record Proposal(Timing timing, String typeId, Values parameters, String review) {
    }

    private static final String MONTH = TempiParser.MONTH;
    private static final String WORD = TempiParser.WORD;
    /** A number the Italian way: 1.000 / 1.000,5 / 2,5 / 70. */
    /** A number the Italian way, as {@link ItalianNumbers} reads it: 1.000 / 1.000,5 / 2,5 / 70 (not 2.5). */
    private static final String NUM = "([1-9]\\d{0,2}(?:\\.\\d{3})+(?:,\\d+)?(?![.,]?\\d)|\\d+(?:,\\d+)?(?![.,]?\\d))";

    private static final Pattern GRADED = Pattern.compile("se\\s+entro\\s+(?:il\\s+)?([^%;:]{2,30}?)\\s*[:,]?\\s*"
            + "(\\d{1,3})\\s*%");
    private static final Pattern NO_EVENTS = Pattern.compile("\\bnessun[oa]?\\b|\\bnessun'|\\bzero\\s+(?!%)[a-z]");
    private static final Pattern INCREASE = Pattern.compile("\\b(?:aumentare|aumento|incrementare|incremento|crescita|"
            + "crescere|accrescere|migliorare|miglioramento)\\b[^%]{0,60}?" + NUM + "\\s*%");
    private static final Pattern DECREASE = Pattern.compile("\\b(?:ridurre|riduzione|diminuire|diminuzione|calo|"
            + "contenere|contenimento|abbattere|abbattimento)\\b[^%]{0,60}?" + NUM + "\\s*%");
    private static final Pattern PERCENT = Pattern.compile("(?:(min\\.?|minimo|almeno|non inferiore al?|pari al?|"
            + ">=|≥|=>|>)\\s*(?:il\\s+|del\\s+|al\\s+)?)?(?<![\\d.,])" + NUM + "\\s*%");
    private static final Pattern AT_LEAST = Pattern.compile("(?:\\b(?:almeno|minimo|min\\.|non meno di|non inferiore a)|"
            + ">=|≥|=>)\\s*(?:n\\.\\s*|il\\s+|n\\s+)?(?:(" + NUM.substring(1, NUM.length() - 1) + ")|\\b(" + WORD + ")\\b)");
    private static final Pattern MORE_THAN = Pattern.compile("(?<![<>=])>\\s*" + NUM + "(?!\\s*%)|\\bpi[uù] di\\s+" + NUM
            + "(?!\\s*%)|\\boltre\\s+" + NUM + "(?!\\s*%)");
    private static final Pattern AT_MOST = Pattern.compile("(?:<=|≤|\\bnon pi[uù] di|\\bmassimo|\\bmax\\.?)\\s*" + NUM
            + "(?!\\s*%)");
    private static final Pattern WINDOW_MONTHS = Pattern.compile("\\b" + MONTH + "\\s*(?:-|–|/|a|al|e)\\s*" + MONTH
            + "\\b");
    private static final Pattern WINDOW_DAYS = Pattern.compile("\\b(?:dal|tra il|fra il|tra|fra)\\s+(\\d{1,2})\\s+"
            + "(?:al|e il|e)\\s+(\\d{1,2})\\s+" + MONTH);

    private final TempiParser tempiParser = new TempiParser();

    /** The Tempi alone, typed: {@link Timing.Unspecified} when the text has no recognisable form. */
    public Timing timing(String tempi, int year) {
        return tempiParser.timing(tempi, year);
    }

    /**
     * The Tempi typed, falling back on a date or relative deadline written in the expected result when the
     * Tempi alone say nothing usable. The timing keeps the Tempi text.
     */
    public Timing timing(String tempi, String expectedResult, int year) {
        return tempiParser.timing(tempi, expectedResult, year);
    }

    /** The typed form of a row: timing, type and parameters. */
    public Proposal propose(String instrument, String expectedResult, String tempi, int year) {
        String expected = TempiParser.normalise(expectedResult);
        String both = (expected + " " + TempiParser.normalise(instrument)).trim();
        Timing timing = timing(tempi, expectedResult, year);
        String review = timing instanceof Timing.Unspecified
                ? "Tempi non riconosciuti" + (timing.text().isBlank() ? " (vuoti)" : " ('" + timing.text() + "'")
                + (timing.text().isBlank() ? "" : ")") + ": scadenza da verificare"
                : null;

        List<Map<String, Object>> bands = graded(both, year);
        if (!bands.isEmpty()) {
            return new Proposal(timing, "scadenza-graduata", Values.of("fasce", bands), review);
        }
        Optional<Timing> relative = timing instanceof Timing.Relative ? Optional.of(timing)
                : tempiParser.relative("", expected);
        if (relative.isPresent() && relative.get() instanceof Timing.Relative r) {
            Values p = Values.of("giorni", r.days(), "evento", r.trigger());
            return new Proposal(timing, "scadenza-relativa", r.workingDays() ? p.with("giorni_lavorativi", "si") : p,
                    null);
        }
        if (NO_EVENTS.matcher(expected).find()) {
            return new Proposal(timing, "zero-eventi", Values.of("finestra", window(both, timing, year, true)),
                    review);
        }
        Matcher m = INCREASE.matcher(both);
        if (m.find()) {
            return new Proposal(timing, "variazione", Values.of("variazione", number(m.group(1))), review);
        }
        m = DECREASE.matcher(both);
        if (m.find()) {
            return new Proposal(timing, "variazione", Values.of("variazione", number(m.group(1)).negate()), review);
        }
        Optional<Proposal> percent = percent(expected, timing, review);
        if (percent.isEmpty()) {
            percent = percent(both, timing, review);
        }
        if (percent.isPresent()) {
            return percent.get();
        }
        Optional<Proposal> count = count(expected, both, timing, year, review);
        if (count.isPresent()) {
            return count.get();
        }
        if (timing instanceof Timing.Recurring r) {
            return new Proposal(timing, "ricorrente", recurringParameters(r), null);
        }
        Optional<Timing> rec = tempiParser.recurring("", both, year);
        if (rec.isPresent() && rec.get() instanceof Timing.Recurring r) {
            return new Proposal(timing, "ricorrente", recurringParameters(r), review);
        }
        String act = expectedResult == null || expectedResult.isBlank()
                ? (instrument == null ? "" : instrument.strip()) : expectedResult.strip();
        Optional<LocalDate> due = timing.deadline();
        if (due.isPresent()) {
            return new Proposal(timing, "traguardo", Values.of("scadenza", due.get(), "atto", act), review);
        }
        return new Proposal(timing, "traguardo", Values.of("scadenza", LocalDate.of(year, 12, 31), "atto", act),
                "Tipo non riconosciuto dal testo: letto come traguardo entro il 31/12/" + year
                        + (review == null ? "" : "; " + review));
    }

    // ------------------------------------------------------------------------------------------ targets

    private List<Map<String, Object>> graded(String t, int year) {
        List<Map<String, Object>> bands = new ArrayList<>();
        Matcher m = GRADED.matcher(t);
        while (m.find()) {
            String when = "entro " + m.group(1).strip();
            Optional<LocalDate> d = tempiParser.latestDate(when, year);
            if (d.isEmpty()) {
                d = tempiParser.latestDate(m.group(1), year);
            }
            if (d.isPresent()) {
                Map<String, Object> band = new LinkedHashMap<>();
                band.put("entro", d.get());
                band.put("punteggio", Integer.parseInt(m.group(2)));
                bands.add(band);
            }
        }
        bands.sort((a, b) -> ((LocalDate) a.get("entro")).compareTo((LocalDate) b.get("entro")));
        return bands;
    }

    private Optional<Proposal> percent(String t, Timing timing, String review) {
        Matcher m = PERCENT.matcher(t);
        if (!m.find()) {
            return Optional.empty();
        }
        BigDecimal target = number(m.group(2));
        if (target.compareTo(BigDecimal.valueOf(100)) > 0) {
            return Optional.empty();
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("target", target);
        if (">".equals(m.group(1))) {
            p.put("confronto", ">");
        }
        return Optional.of(new Proposal(timing, "rapporto", Values.of(p), review));
    }

    private Optional<Proposal> count(String expected, String both, Timing timing, int year, String review) {
        for (String t : new String[] {expected, both}) {
            Map<String, Object> p = new LinkedHashMap<>();
            Matcher m = AT_LEAST.matcher(t);
            Matcher gt = MORE_THAN.matcher(t);
            Matcher le = AT_MOST.matcher(t);
            if (m.find()) {
                p.put("soglia", m.group(1) != null ? number(m.group(1))
                        : BigDecimal.valueOf(TempiParser.wordOrNumber(m.group(2))));
            } else if (gt.find()) {
                String n = gt.group(1) != null ? gt.group(1) : gt.group(2) != null ? gt.group(2) : gt.group(3);
                p.put("soglia", number(n));
                p.put("confronto", ">");
            } else if (le.find()) {
                p.put("soglia", number(le.group(1)));
                p.put("confronto", "<=");
            } else {
                continue;
            }
            Map<String, Object> w = explicitWindow(both, year);
            if (w != null) {
                p.put("finestra", w);
            }
            return Optional.of(new Proposal(timing, "conteggio", Values.of(p), review));
        }
        return Optional.empty();
    }

    private static Values recurringParameters(Timing.Recurring r) {
        if (r.frequency() == Frequency.VOLTE_L_ANNO) {
            return Values.of("volte", r.timesPerYear());
        }
        return Values.of("periodicita", r.frequency().name().toLowerCase(Locale.ROOT));
    }

    /** A window written in the text ("maggio - settembre", "dal 15 al 31 dicembre"), or {@code null}. */
    private static Map<String, Object> explicitWindow(String t, int year) {
        Matcher m = WINDOW_DAYS.matcher(t);
        if (m.find()) {
            int month = TempiParser.MONTHS.get(m.group(3));
            Optional<LocalDate> from = TempiParser.date(m.group(1), String.valueOf(month), null, year);
            Optional<LocalDate> to = TempiParser.date(m.group(2), String.valueOf(month), null, year);
            if (from.isPresent() && to.isPresent() && !to.get().isBefore(from.get())) {
                return windowOf(from.get(), to.get());
            }
        }
        m = WINDOW_MONTHS.matcher(t);
        if (m.find()) {
            int a = TempiParser.MONTHS.get(m.group(1));
            int b = TempiParser.MONTHS.get(m.group(2));
            if (a < b) {
                return windowOf(LocalDate.of(year, a, 1), YearMonth.of(year, b).atEndOfMonth());
            }
        }
        return null;
    }

    private static Map<String, Object> window(String t, Timing timing, int year, boolean always) {
        Map<String, Object> w = explicitWindow(t, year);
        if (w != null || !always) {
            return w;
        }
        if (timing instanceof Timing.Period p) {
            return windowOf(p.start(), p.end());
        }
        if (timing instanceof Timing.ByDate d && d.date().getYear() == year) {
            return windowOf(LocalDate.of(year, 1, 1), d.date());
        }
        return windowOf(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private static Map<String, Object> windowOf(LocalDate from, LocalDate to) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("da", from);
        w.put("a", to);
        return w;
    }

    // ------------------------------------------------------------------------------------------ text

    /** A number matched by {@link #NUM}, read by the one parser. */
    static BigDecimal number(String s) {
        return ItalianNumbers.parse(s);
    }
}
