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
import it.albero.api.model.Timing.PeriodKind;
import it.albero.api.model.Values;
import it.albero.api.text.ItalianNumbers;

/**
 * The Italian parser of the "Tempi" of a plan and of the usual phrasings of an expected result. It proposes
 * the typed form of a row that arrives as plain text: the {@link Timing}, an indicator type id and its
 * parameters (docs/plan-format.md). It never fails: what it cannot type becomes a milestone
 * ({@code traguardo}) with a review note. Stateless and thread-safe.
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

    static final Map<String, Integer> MONTHS = months();
    static final Map<String, Integer> WORD_NUMBERS = wordNumbers();

    private static Map<String, Integer> months() {
        String[] months = {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
                "settembre", "ottobre", "novembre", "dicembre"};
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < months.length; i++) {
            m.put(months[i], i + 1);
        }
        return Map.copyOf(m);
    }

    private static Map<String, Integer> wordNumbers() {
        String[] words = {"zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci",
                "undici", "dodici"};
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < words.length; i++) {
            m.put(words[i], i);
        }
        m.put("un", 1);
        m.put("una", 1);
        m.put("quindici", 15);
        m.put("venti", 20);
        m.put("trenta", 30);
        m.put("sessanta", 60);
        m.put("novanta", 90);
        return Map.copyOf(m);
    }

    private static final String MONTH = "(gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre"
            + "|ottobre|novembre|dicembre)";
    private static final String MONTH_NC = "(?:" + MONTH.substring(1);
    private static final String WORD = "(?:un|uno|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici"
            + "|dodici|quindici|venti|trenta|sessanta|novanta)";
    /** A number the Italian way, as {@link ItalianNumbers} reads it: 1.000 / 1.000,5 / 2,5 / 70 (not 2.5). */
    private static final String NUM = "([1-9]\\d{0,2}(?:\\.\\d{3})+(?:,\\d+)?(?![.,]?\\d)|\\d+(?:,\\d+)?(?![.,]?\\d))";
    private static final String ORDINAL_4 = "(1|2|3|4|i|ii|iii|iv|il|ll|iil|primo|secondo|terzo|quarto)";
    private static final String ORDINAL_2 = "(1|2|i|ii|il|ll|primo|secondo)";
    private static final String BY = "(?:entro (?:il |la |la fine del |la fine di |fine |l'|al )?)?";

    private static final Pattern TRIM = Pattern.compile("^" + BY + ORDINAL_4 + "\\s*(?:°|o)?\\s*trim(?:\\.|estre)?$");
    private static final Pattern SEM = Pattern.compile("^" + BY + ORDINAL_2 + "\\s*(?:°|o)?\\s*sem(?:\\.|estre)?$");
    private static final Pattern YEAR = Pattern.compile("^" + BY
            + "(annuale|annuali|annualit[aà]|anno|fine anno|anno \\d{4}|anno solare)$");
    private static final Pattern TRIM_IN = Pattern.compile("\\b" + ORDINAL_4 + "\\s*(?:°|o)?\\s*trim(?:\\.|estre)?\\b");
    private static final Pattern SEM_IN = Pattern.compile("\\b" + ORDINAL_2 + "\\s*(?:°|o)?\\s*sem(?:\\.|estre)?\\b");
    private static final Pattern DMY = Pattern.compile(
            "(?<![\\d/.])(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})(?:\\s*[/.\\-]\\s*(\\d{4}|\\d{2}))?(?![\\d/])");
    private static final Pattern D_MONTH = Pattern.compile("\\b(\\d{1,2})\\s*(?:°|o)?\\s+" + MONTH + "(?:\\s+(\\d{4}))?");
    private static final Pattern BY_MONTH = Pattern.compile("\\bentro\\s+(?:il mese di |mese di |la fine di |fine |"
            + "(inizio |i primi di )|il )?" + MONTH + "((?:\\s*/\\s*" + MONTH_NC + ")*)(?:\\s+(\\d{4}))?");
    private static final Pattern MONTH_ONLY = Pattern.compile("^" + MONTH + "(?:\\s+(\\d{4}))?$");
    private static final Pattern RELATIVE = Pattern.compile("\\bentro\\s+(?:i\\s+|il\\s+termine\\s+di\\s+)?(\\d+|" + WORD
            + ")\\s+(giorn[io]|gg\\.?|settimane|mesi)(?:\\s+(lavorativ[io]|naturali|consecutivi))?\\s+"
            + "(?:successivi\\s+)?(?:(?:dal|dalla|dalle|dai|dagli|da|dopo|dopo la|dopo il|alla|al)\\s+|dall'|all')(.+)$");
    private static final Pattern TIMES_A_YEAR = Pattern.compile("\\b(\\d+|" + WORD
            + ")\\s+volt[ae]\\s*(?:l'|all'|nell'|per |ogni |l |all |in un |nel corso dell')\\s*anno");
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

    /** The Tempi alone, typed: {@link Timing.Unspecified} when the text has no recognisable form. */
    public Timing timing(String tempi, int year) {
        String text = tempi == null ? "" : tempi.strip();
        String t = normalise(text);
        if (t.isEmpty()) {
            return new Timing.Unspecified(text);
        }
        Matcher m = TRIM.matcher(t);
        if (m.matches()) {
            return new Timing.Period(text, PeriodKind.TRIMESTRE, ordinal(m.group(1)), year);
        }
        m = SEM.matcher(t);
        if (m.matches()) {
            return new Timing.Period(text, PeriodKind.SEMESTRE, ordinal(m.group(1)), year);
        }
        m = YEAR.matcher(t);
        if (m.matches()) {
            return new Timing.Period(text, PeriodKind.ANNO, 1, year);
        }
        Optional<Timing> recurring = recurring(text, t, year);
        if (recurring.isPresent()) {
            return recurring.get();
        }
        Optional<Timing> found = embedded(text, t, year);
        return found.orElseGet(() -> new Timing.Unspecified(text));
    }

    /**
     * The Tempi typed, falling back on a date or relative deadline written in the expected result when the
     * Tempi alone say nothing usable. The timing keeps the Tempi text.
     */
    public Timing timing(String tempi, String expectedResult, int year) {
        Timing t = timing(tempi, year);
        if (!(t instanceof Timing.Unspecified)) {
            return t;
        }
        String text = tempi == null ? "" : tempi.strip();
        String e = normalise(expectedResult);
        Optional<Timing> rel = relative(text, e);
        if (rel.isPresent()) {
            return rel.get();
        }
        Optional<LocalDate> d = latestDate(e, year);
        return d.<Timing>map(date -> new Timing.ByDate(text, date)).orElse(t);
    }

    /** The typed form of a row: timing, type and parameters. */
    public Proposal propose(String instrument, String expectedResult, String tempi, int year) {
        String expected = normalise(expectedResult);
        String both = (expected + " " + normalise(instrument)).trim();
        Timing timing = timing(tempi, expectedResult, year);
        String review = timing instanceof Timing.Unspecified
                ? "Tempi non riconosciuti" + (timing.text().isBlank() ? " (vuoti)" : " ('" + timing.text() + "'")
                + (timing.text().isBlank() ? "" : ")") + ": scadenza da verificare"
                : null;

        List<Map<String, Object>> bands = graded(both, year);
        if (!bands.isEmpty()) {
            return new Proposal(timing, "scadenza-graduata", Values.of("fasce", bands), review);
        }
        Optional<Timing> relative = timing instanceof Timing.Relative ? Optional.of(timing) : relative("", expected);
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
        Optional<Timing> rec = recurring("", both, year);
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

    // ------------------------------------------------------------------------------------------ timing

    private Optional<Timing> recurring(String text, String t, int year) {
        if (t.matches(".*\\b(settimanal[ei]|settimanalmente|ogni settimana|a settimana|alla settimana"
                + "|per settimana)\\b.*")) {
            return Optional.of(new Timing.Recurring(text, Frequency.SETTIMANALE, 0, year));
        }
        if (t.matches(".*\\b(bimestral[ei]|ogni due mesi|ogni 2 mesi)\\b.*")) {
            return Optional.of(new Timing.Recurring(text, Frequency.BIMESTRALE, 0, year));
        }
        if (t.matches(".*\\b(trimestral[ei]|trimestralmente|ogni tre mesi|ogni 3 mesi|ogni trimestre)\\b.*")) {
            return Optional.of(new Timing.Recurring(text, Frequency.TRIMESTRALE, 0, year));
        }
        if (t.matches(".*\\b(semestral[ei]|semestralmente|ogni sei mesi|ogni 6 mesi|ogni semestre)\\b.*")) {
            return Optional.of(new Timing.Recurring(text, Frequency.SEMESTRALE, 0, year));
        }
        if (t.matches(".*\\b(mensil[ei]|mensilmente|ogni mese|al mese|a mese)\\b.*")) {
            return Optional.of(new Timing.Recurring(text, Frequency.MENSILE, 0, year));
        }
        Matcher m = TIMES_A_YEAR.matcher(t);
        if (m.find()) {
            int n = wordOrNumber(m.group(1));
            if (n >= 1) {
                return Optional.of(new Timing.Recurring(text, Frequency.VOLTE_L_ANNO, n, year));
            }
        }
        if (t.matches(".*\\b(ogni anno|annualmente|una volta l'anno)\\b.*")) {
            return Optional.of(new Timing.Recurring(text, Frequency.ANNUALE, 0, year));
        }
        return Optional.empty();
    }

    /** A form inside a longer text: relative deadline, dates (the latest wins), period. */
    private Optional<Timing> embedded(String text, String t, int year) {
        Optional<Timing> rel = relative(text, t);
        if (rel.isPresent()) {
            return rel;
        }
        Optional<LocalDate> d = latestDate(t, year);
        if (d.isPresent()) {
            return Optional.of(new Timing.ByDate(text, d.get()));
        }
        Matcher m = MONTH_ONLY.matcher(t);
        if (m.matches()) {
            int y = m.group(2) == null ? year : Integer.parseInt(m.group(2));
            return Optional.of(new Timing.ByDate(text, YearMonth.of(y, MONTHS.get(m.group(1))).atEndOfMonth()));
        }
        m = TRIM_IN.matcher(t);
        if (m.find()) {
            return Optional.of(new Timing.Period(text, PeriodKind.TRIMESTRE, ordinal(m.group(1)), year));
        }
        m = SEM_IN.matcher(t);
        if (m.find()) {
            return Optional.of(new Timing.Period(text, PeriodKind.SEMESTRE, ordinal(m.group(1)), year));
        }
        if (t.matches(".*\\bentro (?:l'|fine |la fine dell')anno\\b.*") || t.matches(".*\\bannual[ei]\\b.*")) {
            return Optional.of(new Timing.Period(text, PeriodKind.ANNO, 1, year));
        }
        return Optional.empty();
    }

    private Optional<Timing> relative(String text, String t) {
        Matcher m = RELATIVE.matcher(t);
        if (!m.find()) {
            return Optional.empty();
        }
        int n = wordOrNumber(m.group(1));
        String unit = m.group(2);
        int days = unit.startsWith("mes") ? n * 30 : unit.startsWith("settiman") ? n * 7 : n;
        boolean working = m.group(3) != null && m.group(3).startsWith("lavorativ") && !unit.startsWith("mes")
                && !unit.startsWith("settiman");
        String trigger = m.group(4).replaceAll("[\\s.;,:|)]+$", "").strip();
        return Optional.of(new Timing.Relative(text, days, trigger, working));
    }

    /** The latest date written in the text (dd/mm/yyyy, "30 giugno", "entro aprile"), if any. */
    Optional<LocalDate> latestDate(String t, int year) {
        List<LocalDate> dates = new ArrayList<>();
        Matcher m = DMY.matcher(t);
        while (m.find()) {
            date(m.group(1), m.group(2), m.group(3), year).ifPresent(dates::add);
        }
        m = D_MONTH.matcher(t);
        while (m.find()) {
            int y = m.group(3) == null ? year : Integer.parseInt(m.group(3));
            date(m.group(1), String.valueOf(MONTHS.get(m.group(2))), String.valueOf(y), year).ifPresent(dates::add);
        }
        m = BY_MONTH.matcher(t);
        while (m.find()) {
            int y = m.group(4) == null ? year : Integer.parseInt(m.group(4));
            String month = m.group(2);
            if (m.group(3) != null && !m.group(3).isBlank()) {
                String[] more = m.group(3).split("/");
                month = more[more.length - 1].strip();
            }
            YearMonth ym = YearMonth.of(y, MONTHS.get(month));
            dates.add(m.group(1) != null ? ym.atDay(1) : ym.atEndOfMonth());
        }
        return dates.stream().max(LocalDate::compareTo);
    }

    private static Optional<LocalDate> date(String d, String mo, String y, int year) {
        try {
            int yy = y == null ? year : Integer.parseInt(y);
            if (yy < 100) {
                yy += 2000;
            }
            if (yy < 2000 || yy > 2100) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(yy, Integer.parseInt(mo), Integer.parseInt(d)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int ordinal(String s) {
        return switch (s) {
            case "1", "i", "primo" -> 1;
            case "2", "ii", "il", "ll", "secondo" -> 2;
            case "3", "iii", "iil", "terzo" -> 3;
            default -> 4;
        };
    }

    // ------------------------------------------------------------------------------------------ targets

    private List<Map<String, Object>> graded(String t, int year) {
        List<Map<String, Object>> bands = new ArrayList<>();
        Matcher m = GRADED.matcher(t);
        while (m.find()) {
            String when = "entro " + m.group(1).strip();
            Optional<LocalDate> d = latestDate(when, year);
            if (d.isEmpty()) {
                d = latestDate(m.group(1), year);
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
                p.put("soglia", m.group(1) != null ? number(m.group(1)) : BigDecimal.valueOf(wordOrNumber(m.group(2))));
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
            int month = MONTHS.get(m.group(3));
            Optional<LocalDate> from = date(m.group(1), String.valueOf(month), null, year);
            Optional<LocalDate> to = date(m.group(2), String.valueOf(month), null, year);
            if (from.isPresent() && to.isPresent() && !to.get().isBefore(from.get())) {
                return windowOf(from.get(), to.get());
            }
        }
        m = WINDOW_MONTHS.matcher(t);
        if (m.find()) {
            int a = MONTHS.get(m.group(1));
            int b = MONTHS.get(m.group(2));
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

    /** Lower case, OCR apostrophes mended ("I'anno" -> "l'anno"), spaces collapsed, trailing dots dropped. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String t = text.replace('’', '\'').replace('`', '\'').replace('‘', '\'').replace('\u00a0', ' ')
                .toLowerCase(Locale.ITALIAN);
        t = t.replaceAll("(^|[\\s(])[i|1]'(?=[a-zàèéìòù])", "$1l'");
        t = t.replaceAll("\\s+", " ").strip();
        t = t.replaceAll("[\\s.;:,|)]+$", "");
        t = t.replaceAll("^[\\s.;:,|(\\-]+", "");
        return t;
    }

    /** A number matched by {@link #NUM}, read by the one parser. */
    private static BigDecimal number(String s) {
        return ItalianNumbers.parse(s);
    }

    private static int wordOrNumber(String s) {
        Integer w = WORD_NUMBERS.get(s);
        return w != null ? w : Integer.parseInt(s);
    }
}
