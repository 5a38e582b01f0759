package it.albero.io.internal;

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

/**
 * The Italian parser of the "Tempi" of a plan: quarters and semesters, dates ("30/06/2025", "30 giugno", "entro
 * aprile"), relative deadlines ("entro 30 giorni dall'approvazione"), recurrences ("trimestrale", "due volte
 * l'anno"), as a {@link Timing} (docs/plan-format.md). Also the text helpers the proposal of a type shares with it
 * ({@link ItalianParser}). Never fails: what it cannot read is {@link Timing.Unspecified}. Stateless and thread-safe.
 */
final class TempiParser {

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

    /** A month name, as a capturing group. */
    static final String MONTH = "(gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre"
            + "|ottobre|novembre|dicembre)";
    private static final String MONTH_NC = "(?:" + MONTH.substring(1);
    /** A number written as a word ("due", "quindici"), not capturing. */
    static final String WORD = "(?:un|uno|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici"
            + "|dodici|quindici|venti|trenta|sessanta|novanta)";
    private static final String ORDINAL_4 = "(1|2|3|4|i|ii|iii|iv|il|ll|iil|primo|secondo|terzo|quarto)";
    private static final String ORDINAL_2 = "(1|2|i|ii|il|ll|primo|secondo)";
    private static final String BY = "(?:entro (?:il |la |la fine del |la fine di |fine |l'|al )?)?";

    /** An optional year after a period: "1 trim 2026", "II semestre del 2025". */
    private static final String OF_YEAR = "(?:\\s*(?:del |dell'anno |anno |-|/)?\\s*(\\d{4}))?";
    private static final Pattern TRIM = Pattern.compile("^" + BY + ORDINAL_4 + "\\s*(?:°|o)?\\s*trim(?:\\.|estre)?"
            + OF_YEAR + "$");
    private static final Pattern SEM = Pattern.compile("^" + BY + ORDINAL_2 + "\\s*(?:°|o)?\\s*sem(?:\\.|estre)?"
            + OF_YEAR + "$");
    private static final Pattern YEAR = Pattern.compile("^" + BY
            + "(annuale|annuali|annualit[aà]|anno|fine anno|anno solare)$");
    /** A year written as such: "2026", "anno 2022", "entro il 2025", "esercizio 2025", "annualità 2026". */
    private static final Pattern BARE_YEAR = Pattern.compile("^(?:entro (?:il |l'|la fine del |fine )?|fine |"
            + "nel |nell'|per il |per l')?(?:anno (?:solare )?|annualit[aà] |esercizio |a\\.\\s?)?(20\\d{2})$");
    /** A span of years: "biennio 2025-2026", "2025/2026", "triennio 2025 - 2027", "anni 2025 e 2026". */
    private static final Pattern YEAR_SPAN = Pattern.compile("^(?:(?:nel |per il )?(?:biennio|triennio|periodo|"
            + "anni|stagione|campagna)\\s+)?(20\\d{2})\\s*(?:-|–|/|e|al)\\s*(20\\d{2}|\\d{2})$");
    /** A month abbreviated with its year, as spreadsheets write it: "GIU-23", "dic-25", "giu 2025", "06/2025". */
    private static final Pattern MONTH_YEAR = Pattern.compile("^(?:entro (?:il |fine )?)?(gen|feb|mar|apr|mag|giu|"
            + "lug|ago|set|ott|nov|dic)[a-z]*\\.?\\s*[-/' ]\\s*(\\d{2}|20\\d{2})$");
    private static final Pattern MM_YYYY = Pattern.compile("^(?:entro (?:il |fine )?)?(0?[1-9]|1[0-2])\\s*[/.\\-]"
            + "\\s*(20\\d{2})$");
    /** A day and an abbreviated month: "31 dic 2025", "30 giu". */
    private static final Pattern D_MON = Pattern.compile("\\b(\\d{1,2})\\s*(?:°|o)?\\s+(gen|feb|mar|apr|mag|giu|"
            + "lug|ago|set|ott|nov|dic)\\.?(?:\\s+(\\d{4}))?(?![a-z])");
    /** Text struck out in the cell, as a spreadsheet exported it ("~~2024~~ 2025") or as people correct it. */
    private static final Pattern STRUCK = Pattern.compile("~~[^~]*~~|\\((?:era|gi[aà]|anzich[eé]|invece di|"
            + "corretto da|sostituisce)\\s+[^)]*(?:\\)|$)|\\b(?:anzich[eé]|invece del?|al posto del?)\\s+20\\d{2}");
    private static final Pattern A_YEAR = Pattern.compile("(?<![\\d/.])20\\d{2}(?![\\d/])");
    private static final String[] MONTH_ABBR = {"gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott",
            "nov", "dic"};
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
    private static final Pattern TIMES_PER_PERIOD = Pattern.compile("\\b(\\d+|" + WORD
            + ")\\s+volt[ae]\\s+(?:al|a|per|ogni|in ogni|nel|alla|la)\\s+(mese|bimestre|trimestre|semestre|settimana)\\b");
    private static final Pattern TIMES_A_YEAR = Pattern.compile("\\b(\\d+|" + WORD
            + ")\\s+volt[ae]\\s*(?:l'|all'|nell'|per |ogni |l |all |in un |nel corso dell')\\s*anno");

    /**
     * A reading of the Tempi: the timing and, when the reading is a guess, why ({@code null} when it is sure).
     */
    record Reading(Timing timing, String doubt) {
    }

    /** The Tempi alone, typed: {@link Timing.Unspecified} when the text has no recognisable form. */
    Timing timing(String tempi, int year) {
        return read(tempi, year).timing();
    }

    /** The Tempi alone, typed, with the doubt of a guessed reading. */
    Reading read(String tempi, int year) {
        String text = tempi == null ? "" : tempi.strip();
        String t = normalise(text);
        if (t.isEmpty()) {
            return new Reading(new Timing.Unspecified(text), null);
        }
        String kept = normalise(STRUCK.matcher(t).replaceAll(" "));
        if (!kept.equals(t) && !kept.isEmpty()) {
            Reading r = read(kept, year);
            return new Reading(retext(r.timing(), text), r.doubt());
        }
        Matcher m = TRIM.matcher(t);
        if (m.matches()) {
            return sure(new Timing.Period(text, PeriodKind.TRIMESTRE, ordinal(m.group(1)), yearOr(m.group(2), year)));
        }
        m = SEM.matcher(t);
        if (m.matches()) {
            return sure(new Timing.Period(text, PeriodKind.SEMESTRE, ordinal(m.group(1)), yearOr(m.group(2), year)));
        }
        m = YEAR.matcher(t);
        if (m.matches()) {
            return sure(new Timing.Period(text, PeriodKind.ANNO, 1, year));
        }
        m = BARE_YEAR.matcher(t);
        if (m.matches()) {
            return sure(new Timing.Period(text, PeriodKind.ANNO, 1, Integer.parseInt(m.group(1))));
        }
        m = MONTH_YEAR.matcher(t);
        if (m.matches()) {
            int month = List.of(MONTH_ABBR).indexOf(m.group(1)) + 1;
            return sure(new Timing.ByDate(text, YearMonth.of(fullYear(m.group(2)), month).atEndOfMonth()));
        }
        m = MM_YYYY.matcher(t);
        if (m.matches()) {
            return sure(new Timing.ByDate(text, YearMonth.of(Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1))).atEndOfMonth()));
        }
        m = YEAR_SPAN.matcher(t);
        if (m.matches()) {
            int from = Integer.parseInt(m.group(1));
            int to = fullYear(m.group(2));
            if (to > from && to - from <= 3) {
                return new Reading(new Timing.ByDate(text, LocalDate.of(to, 12, 31)), "periodo pluriennale "
                        + from + "-" + to + ": scadenza letta come 31/12/" + to + " (fine del periodo); il risultato"
                        + " atteso per il " + year + " va verificato");
            }
        }
        Optional<Timing> recurring = recurring(text, t, year);
        if (recurring.isPresent()) {
            return sure(recurring.get());
        }
        List<Integer> years = A_YEAR.matcher(t).results().map(r -> Integer.parseInt(r.group())).toList();
        if (years.size() >= 2 && t.replaceAll("20\\d{2}", "").replaceAll("[\\s,;/|\\-–>]", "").isEmpty()) {
            int last = years.get(years.size() - 1);
            return new Reading(new Timing.Period(text, PeriodKind.ANNO, 1, last), "più anni nella cella ('" + text
                    + "'): letto l'ultimo, " + last + ", come anno corretto (un anno barrato?)");
        }
        Optional<Timing> found = embedded(text, t, year);
        return found.map(TempiParser::sure).orElseGet(() -> new Reading(new Timing.Unspecified(text), null));
    }

    private static Reading sure(Timing t) {
        return new Reading(t, null);
    }

    /** The same timing with the text as written in the cell. */
    private static Timing retext(Timing t, String text) {
        if (t instanceof Timing.Period p) {
            return new Timing.Period(text, p.kind(), p.index(), p.year());
        } else if (t instanceof Timing.ByDate d) {
            return new Timing.ByDate(text, d.date());
        } else if (t instanceof Timing.Relative r) {
            return new Timing.Relative(text, r.days(), r.trigger(), r.workingDays());
        } else if (t instanceof Timing.Recurring r) {
            return new Timing.Recurring(text, r.frequency(), r.timesPerYear(), r.year());
        }
        return new Timing.Unspecified(text);
    }

    private static int yearOr(String y, int year) {
        return y == null ? year : Integer.parseInt(y);
    }

    private static int fullYear(String y) {
        int v = Integer.parseInt(y);
        return v < 100 ? 2000 + v : v;
    }

    /**
     * The Tempi typed, falling back on a date or relative deadline written in the expected result when the
     * Tempi alone say nothing usable. The timing keeps the Tempi text.
     */
    Timing timing(String tempi, String expectedResult, int year) {
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

    Optional<Timing> recurring(String text, String t, int year) {
        if (t.matches(".*\\b(settimanal[ei]|settimanalmente|ogni settimana|a settimana|alla settimana"
                + "|per settimana)\\b.*")) {
            return Optional.of(new Timing.Recurring(text, Frequency.SETTIMANALE, 0, year));
        }
        Matcher per = TIMES_PER_PERIOD.matcher(t);
        if (per.find()) {
            int n = wordOrNumber(per.group(1));
            int k = switch (per.group(2)) {
                case "mese" -> 12;
                case "bimestre" -> 6;
                case "trimestre" -> 4;
                case "semestre" -> 2;
                default -> 52;
            };
            if (n >= 1) {
                return Optional.of(new Timing.Recurring(text, Frequency.VOLTE_L_ANNO, n * k, year));
            }
        }
        if (t.matches(".*\\b(quindicinal[ei]|ogni quindici giorni|ogni 15 giorni|ogni due settimane)\\b.*")) {
            return Optional.of(new Timing.Recurring(text, Frequency.VOLTE_L_ANNO, 24, year));
        }
        if (t.matches(".*\\b(quadrimestral[ei]|ogni quadrimestre|ogni quattro mesi|ogni 4 mesi)\\b.*")) {
            return Optional.of(new Timing.Recurring(text, Frequency.VOLTE_L_ANNO, 3, year));
        }
        if (t.matches(".*\\b(bimestral[ei]|bimestralmente|ogni due mesi|ogni 2 mesi|ogni bimestre)\\b.*")) {
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
        if (t.matches(".*\\b(ogni anno|annualmente|una volta l'anno|una volta all'anno)\\b.*")) {
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

    Optional<Timing> relative(String text, String t) {
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
        m = D_MON.matcher(t);
        while (m.find()) {
            int y = m.group(3) == null ? year : Integer.parseInt(m.group(3));
            date(m.group(1), String.valueOf(List.of(MONTH_ABBR).indexOf(m.group(2)) + 1), String.valueOf(y), year)
                    .ifPresent(dates::add);
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

    static Optional<LocalDate> date(String d, String mo, String y, int year) {
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

    static int wordOrNumber(String s) {
        Integer w = WORD_NUMBERS.get(s);
        return w != null ? w : Integer.parseInt(s);
    }
}
