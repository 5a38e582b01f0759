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
    /** A number as {@link #NUM} reads it, without its group. */
    static final String NUM_NC = "(?:[1-9]\\d{0,2}(?:\\.\\d{3})+(?:,\\d+)?(?![.,]?\\d)|\\d+(?:,\\d+)?(?![.,]?\\d))";
    private static final String WORD = TempiParser.WORD;
    /** A number the Italian way: 1.000 / 1.000,5 / 2,5 / 70. */
    /** A number the Italian way, as {@link ItalianNumbers} reads it: 1.000 / 1.000,5 / 2,5 / 70 (not 2.5). */
    static final String NUM = "([1-9]\\d{0,2}(?:\\.\\d{3})+(?:,\\d+)?(?![.,]?\\d)|\\d+(?:,\\d+)?(?![.,]?\\d))";

    private static final Pattern GRADED = Pattern.compile("se\\s+entro\\s+(?:il\\s+)?([^%;:]{2,30}?)\\s*[:,]?\\s*"
            + "(\\d{1,3})\\s*%");
    private static final Pattern NO_EVENTS = Pattern.compile("\\bnessun[oa]?\\b|\\bnessun'|\\bzero\\s+(?!%)[a-z]");
    private static final Pattern INCREASE = Pattern.compile("\\b(?:aumentare|aumento|incrementare|incremento|crescita|"
            + "crescere|accrescere|migliorare|miglioramento)\\b[^%]{0,60}?" + NUM + "\\s*%");
    private static final Pattern DECREASE = Pattern.compile("\\b(?:ridurre|riduzione|diminuire|diminuzione|calo|"
            + "contenere|contenimento|abbattere|abbattimento)\\b[^%]{0,60}?" + NUM + "\\s*%");
    private static final Pattern PERCENT = Pattern.compile("(?:(min\\.?|minimo|almeno|non inferiore al?|pari al?|"
            + ">=|≥|=>|>|<=|≤|=<|<|non superiore al?|inferiore al?|massimo|max\\.?|al massimo|non oltre il|non oltre"
            + "|entro il|entro l'|fino al?|sotto il|sotto l')\\s*(?:il\\s+|del\\s+|al\\s+|l')?)?(?<![\\d.,])"
            + NUM + "\\s*%");
    private static final Pattern AT_LEAST = Pattern.compile("(?:\\b(?:almeno|minimo|min\\.|non meno di|non inferiore a|"
            + "non inferiori a)|"
            + ">=|≥|=>)\\s*(?:n\\.\\s*|il\\s+|n\\s+)?(?:(" + NUM.substring(1, NUM.length() - 1) + ")|\\b(" + WORD + ")\\b)");
    private static final Pattern MORE_THAN = Pattern.compile("(?<![<>=])>\\s*" + NUM + "(?!\\s*%)|(?<!non )\\bpi[uù] di\\s+" + NUM
            + "(?!\\s*%)|\\boltre\\s+" + NUM + "(?!\\s*%)");
    private static final Pattern AT_MOST = Pattern.compile("(<=|≤|=<|<|\\bnon pi[uù] di|\\bnon superiore a|"
            + "\\binferiore a|\\bnon oltre|\\bal massimo|\\bmassimo|\\bmax\\.?)\\s*(?:n\\.\\s*)?" + NUM
            + "(?!\\s*%)");
    /** A count written as a number and what is counted: "n. 5 corsi", "4 audit nell'anno", "12 incontri". */
    private static final Pattern COUNT = Pattern.compile("^(?:(?:n\\.|nr\\.?|num\\.|numero)\\s*)?" + NUM
            + "\\s+(?!%|giorn|gg|mesi|settiman|ore\\b|anni\\b)[a-zà-ù]");
    /** The strumento is a ratio: "N. pratiche evase / N. pratiche ricevute", "rapporto tra", "percentuale di". */
    static final Pattern RATIO = Pattern.compile("[a-zà-ù.)]\\s+/\\s+[a-zà-ù(]|\\b(?:n\\.|nr\\.?|numero)\\s[^/]{2,}/"
            + "|\\brapporto (?:tra|fra)\\b|\\bpercentuale\\b|^%|\\s%\\s|\\b(?:tasso|grado|indice) di "
            + "(?:copertura|realizzazione|completamento|attuazione|avanzamento|adesione|raggiungimento|evasione)"
            + "|^(?:tasso|incidenza|copertura)\\b");
    /** An act or a deliverable: what a milestone is made of. */
    static final Pattern ACT = Pattern.compile("^(?:l'|la |il |lo |le |i |gli |un |una )?(?:approva|adozione|adotta|"
            + "delibera|determina|decreto|redazione|redigere|predisposizione|predisporre|realizzazione|realizzare|"
            + "attivazione|attivare|avvio|avviare|pubblicazione|pubblicare|aggiornamento|aggiornare|completamento|"
            + "trasmissione|trasmettere|invio|inviare|presentazione|presentare|stipula|sottoscrizione|regolamento|"
            + "piano|proposta|relazione|report|affidamento|aggiudicazione|istituzione|implementazione|conclusione|"
            + "consegna|definizione|definire|elaborazione|elaborare|revisione|acquisizione|installazione|apertura|"
            + "emanazione|bando|progetto|documento|atto|verbale|convenzione|accordo|protocollo|nomina|costituzione|"
            + "organizzazione|organizzare|svolgimento|esecuzione|messa|digitalizzazione|migrazione|certificazione|"
            + "inaugurazione|rendiconta|mappatura|ricognizione|monitoraggio|analisi|studio|rilevazione|censimento|"
            + "indagine|individuazione|formazione|attuazione|fine lavori|collaudo|provvedimento|sistema|istruttoria)");
    /** Words of a value to measure, that a milestone would not carry. */
    private static final Pattern ENUMERATION = Pattern.compile("(?:^|\\s)[-•]?\\s*\\d{1,2}\\s*[).]\\s");
    private static final Pattern MEASURABLE = Pattern.compile("(?<![\\d.,])\\d+(?:[.,]\\d+)*\\s+[a-zà-ù]|%|\\bnon "
            + "inferior|\\bnon superior|\\blimite\\b|\\btetto\\b|\\bbudget\\b|"
            + "\\bmedi[ao]\\b|\\bn\\.\\s|\\bnumero\\b|\\bsoglia\\b|\\bvalore\\b|\\bindice\\b|\\btasso\\b");
    /** A change written with its sign: "+5% rispetto al 2024", "-10% rispetto al valore 2023". */
    private static final Pattern SIGNED_CHANGE = Pattern.compile("^([+\\-−–])\\s*" + NUM + "\\s*%");
    /** Keeping a level: "mantenimento del valore 2024", "mantenere lo standard". */
    private static final Pattern KEEP = Pattern.compile("\\b(?:mantenimento|mantenere|conferma(?:re)?|consolidamento)"
            + "\\s+(?:del |dello |della |dei |degli |lo |il |la |i |gli )?(?:valore|livello|standard|risultat|"
            + "livelli|valori|target|indice|tasso)");
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
        String strumento = TempiParser.normalise(instrument);
        String both = (expected + " " + strumento).trim();
        TempiParser.Reading reading = tempiParser.read(tempi, year);
        Timing timing = timing(tempi, expectedResult, year);
        Doubts doubts = new Doubts();
        if (timing instanceof Timing.Unspecified) {
            doubts.add("Tempi non riconosciuti" + (timing.text().isBlank() ? " (vuoti)" : " ('" + timing.text()
                    + "')") + ": scadenza da verificare");
        } else if (reading.timing().equals(timing)) {
            doubts.add(reading.doubt());
        }

        List<Map<String, Object>> bands = graded(both, year);
        if (!bands.isEmpty()) {
            return new Proposal(timing, "scadenza-graduata", Values.of("fasce", bands), doubts.review());
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
                    doubts.review());
        }
        Matcher m = INCREASE.matcher(both);
        if (m.find()) {
            return new Proposal(timing, "variazione", Values.of("variazione", number(m.group(1))), doubts.review());
        }
        m = DECREASE.matcher(both);
        if (m.find()) {
            return new Proposal(timing, "variazione", Values.of("variazione", number(m.group(1)).negate()),
                    doubts.review());
        }
        if (KEEP.matcher(expected).find()) {
            return new Proposal(timing, "variazione", Values.of("variazione", 0), doubts.review());
        }
        m = SIGNED_CHANGE.matcher(expectedResult == null ? "" : expectedResult.strip());
        if (m.find()) {
            BigDecimal v = number(m.group(2));
            return new Proposal(timing, "variazione", Values.of("variazione", m.group(1).equals("+") ? v : v.negate()),
                    doubts.review());
        }
        Optional<Proposal> level = TargetForms.reduceTo(expected, strumento, timing);
        if (level.isPresent()) {
            return new Proposal(timing, level.get().typeId(), level.get().parameters(), doubts.review());
        }
        Optional<Proposal> typed = TargetForms.range(expected, strumento, timing, doubts);
        if (typed.isEmpty()) {
            typed = TargetForms.countRange(expected, strumento, timing, doubts);
        }
        if (typed.isEmpty()) {
            typed = TargetForms.namedTarget(expected, timing, doubts);
        }
        boolean ranged = typed.isPresent();
        if (typed.isEmpty()) {
            typed = percent(expected, timing, doubts);
        }
        if (typed.isEmpty()) {
            typed = TargetForms.bare(expected, strumento, timing, doubts);
        }
        if (typed.isEmpty()) {
            typed = percent(both, timing, doubts);
        }
        if (typed.isEmpty()) {
            typed = TargetForms.perPeriod(expected, timing, doubts);
        }
        if (typed.isEmpty()) {
            typed = count(expected, both, strumento, timing, year, doubts);
        }
        if (typed.isPresent() && "conteggio".equals(typed.get().typeId()) && RATIO.matcher(strumento).find()
                && typed.get().parameters().number("soglia").filter(n -> n.signum() > 0
                        && n.compareTo(BigDecimal.ONE) <= 0 && n.scale() > 0).isPresent()) {
            // "≥ 0,85" next to "pagamenti / impegni": a ratio written as a decimal
            BigDecimal share = typed.get().parameters().requireNumber("soglia").movePointRight(2);
            doubts.add("il valore " + TargetForms.plain(share.movePointLeft(2)) + " di un rapporto letto come "
                    + TargetForms.plain(share) + "%");
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("target", share);
            typed.get().parameters().text("confronto").filter("<="::equals).ifPresent(c -> p.put("confronto", c));
            typed = Optional.of(new Proposal(timing, "rapporto", Values.of(p), null));
            ranged = true;
        }
        if (typed.isPresent()) {
            Proposal p = typed.get();
            if (!ranged) {
                TargetForms.otherValues(expected, p, doubts);
            }
            return new Proposal(p.timing(), p.typeId(), p.parameters(), doubts.review());
        }
        if (timing instanceof Timing.Recurring r) {
            return new Proposal(timing, "ricorrente", recurringParameters(r), doubts.review());
        }
        Optional<Timing> rec = tempiParser.recurring("", both, year);
        if (rec.isPresent() && rec.get() instanceof Timing.Recurring r) {
            return new Proposal(timing, "ricorrente", recurringParameters(r), doubts.review());
        }
        if (RATIO.matcher(strumento).find() && !ACT.matcher(expected).find()) {
            doubts.add(expected.isEmpty() ? "target mancante: lo strumento è un rapporto e il risultato atteso è"
                    + " vuoto; letto come rapporto con target 100%, da verificare"
                    : "target mancante: lo strumento è un rapporto e il risultato atteso non dà un valore; letto come"
                    + " rapporto con target 100%, da verificare");
            return new Proposal(timing, "rapporto", Values.empty(), doubts.review());
        }
        String act = expectedResult == null || expectedResult.isBlank()
                ? (instrument == null ? "" : instrument.strip()) : expectedResult.strip();
        Optional<LocalDate> due = timing.deadline();
        if (timing instanceof Timing.Period p && p.kind() == Timing.PeriodKind.ANNO && expected.startsWith("entro ")) {
            // "entro il 30 aprile 2026" with the Tempi "2026": the date of the expected result, within that year
            Optional<LocalDate> said = tempiParser.latestDate(expected, p.year()).filter(d -> d.getYear() == p.year());
            if (said.isPresent()) {
                due = said;
            }
        }
        if (due.isPresent()) {
            String said = ENUMERATION.matcher(expected.isEmpty() ? strumento : expected).replaceAll(" ").strip();
            if (!ACT.matcher(said).find() && MEASURABLE.matcher(TargetForms.withoutDates(said)).find()) {
                doubts.add("letto come traguardo, ma il testo parla di un valore da misurare ('"
                        + PlanTableReader.shorten(act) + "'): tipo e soglia da verificare");
            }
            return new Proposal(timing, "traguardo", Values.of("scadenza", due.get(), "atto", act), doubts.review());
        }
        return new Proposal(timing, "traguardo", Values.of("scadenza", LocalDate.of(year, 12, 31), "atto", act),
                "Tipo non riconosciuto dal testo: letto come traguardo entro il 31/12/" + year
                        + (doubts.review() == null ? "" : "; " + doubts.review()));
    }

    /** The reasons a proposal is not sure, in the order found, each once. */
    static final class Doubts {
        private final List<String> reasons = new ArrayList<>();

        void add(String reason) {
            if (reason != null && !reason.isBlank() && !reasons.contains(reason)) {
                reasons.add(reason);
            }
        }

        /** The review note, or {@code null} when the reading is sure. */
        String review() {
            return reasons.isEmpty() ? null : String.join("; ", reasons);
        }
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

    private Optional<Proposal> percent(String t, Timing timing, Doubts doubts) {
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
        String op = m.group(1) == null ? "" : m.group(1).strip();
        if (">".equals(op)) {
            p.put("confronto", ">");
        } else if (op.matches("<|<=|≤|=<|non superiore a.*|inferiore a.*|massimo|max\\.?|al massimo|non oltre.*|"
                + "entro (?:il|l')|fino a.*|sotto (?:il|l')")) {
            p.put("confronto", "<=");
            if ("<".equals(op) || op.startsWith("inferiore") || op.startsWith("sotto")) {
                doubts.add("'" + op + " " + TargetForms.plain(target) + "%' letto come al massimo il " + TargetForms.plain(target)
                        + "%");
            }
        }
        return Optional.of(new Proposal(timing, "rapporto", Values.of(p), null));
    }

    private Optional<Proposal> count(String expected, String both, String strumento, Timing timing, int year,
                                     Doubts doubts) {
        for (String t : new String[] {expected, both}) {
            Map<String, Object> p = new LinkedHashMap<>();
            Matcher m = AT_LEAST.matcher(t);
            Matcher gt = MORE_THAN.matcher(t);
            Matcher le = AT_MOST.matcher(t);
            Matcher n = COUNT.matcher(t);
            if (m.find()) {
                p.put("soglia", m.group(1) != null ? number(m.group(1))
                        : BigDecimal.valueOf(TempiParser.wordOrNumber(m.group(2))));
            } else if (gt.find()) {
                String g = gt.group(1) != null ? gt.group(1) : gt.group(2) != null ? gt.group(2) : gt.group(3);
                p.put("soglia", number(g));
                p.put("confronto", ">");
            } else if (le.find()) {
                p.put("soglia", number(le.group(2)));
                p.put("confronto", "<=");
                if (le.group(1).equals("<") || le.group(1).startsWith("inferiore")) {
                    doubts.add("'" + le.group(1) + " " + le.group(2) + "' letto come al massimo " + le.group(2));
                }
            } else if (t == expected && n.find()) {
                p.put("soglia", number(n.group(1)));
            } else {
                continue;
            }
            Map<String, Object> w = explicitWindow(both, year);
            if (w != null) {
                p.put("finestra", w);
            }
            if (TargetForms.level(strumento, expected)) {
                p.put("aggregazione", "ultimo");
            }
            return Optional.of(new Proposal(timing, "conteggio", Values.of(p), null));
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
