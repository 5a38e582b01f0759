package it.albero.engine.internal;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import it.albero.api.model.Ente;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;
import it.albero.api.model.PlanStatus;
import it.albero.api.model.Timing;
import it.albero.api.model.UnitKind;
import it.albero.api.model.Values;

/**
 * The plans the benchmark evaluates: the real seed plan (read here with SnakeYAML, with a minimal reading of
 * "Tempi") or a synthetic one of 300 indicators across the ten generic types; and realistic measurements for
 * every indicator, made from its parameters.
 */
final class BenchPlans {

    static final int YEAR = 2025;

    private BenchPlans() {
    }

    static EngineConfig config() {
        return new EngineConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return EngineConfig.class;
            }

            @Override
            public long evaluation_timeout_ms() {
                return 2000;
            }

            @Override
            public long check_timeout_ms() {
                return 10000;
            }

            @Override
            public int pool_size() {
                return 4;
            }

            @Override
            public String zone() {
                return "Europe/Rome";
            }

            @Override
            public String locale() {
                return "it";
            }

            @Override
            public String scoring_mode() {
                return "lineare";
            }

            @Override
            public String scoring_bands() {
                return "70:90,90:100";
            }

            @Override
            public double partial_threshold() {
                return 50;
            }

            @Override
            public String missing_data() {
                return "escludi";
            }
        };
    }

    // --- the seed ----------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    static Plan seed() {
        try (InputStream in = BenchPlans.class.getResourceAsStream("/cesano-boscone-2025.yaml")) {
            if (in == null) {
                throw new IllegalStateException("seed cesano-boscone-2025.yaml not on the class path");
            }
            Map<String, Object> doc = (Map<String, Object>) plain(new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(new InputStreamReader(in, StandardCharsets.UTF_8)));
            Map<String, Object> ente = (Map<String, Object>) doc.get("ente");
            Map<String, Object> piano = (Map<String, Object>) doc.get("piano");
            List<OrgUnit> units = new ArrayList<>();
            for (Map<String, Object> u : (List<Map<String, Object>>) doc.get("unita")) {
                List<Objective> objectives = new ArrayList<>();
                for (Map<String, Object> o : list(u.get("obiettivi"))) {
                    objectives.add(objective(o));
                }
                units.add(new OrgUnit(text(u.get("codice")), text(u.get("nome")), UnitKind.parse(text(u.get("tipo"))),
                        text(u.get("modulo")), objectives, null));
            }
            return new Plan(text(piano.get("codice")), new Ente(text(ente.get("codice")), text(ente.get("nome"))),
                    text(piano.get("titolo")), num(piano.get("anno_inizio")), num(piano.get("anno_fine")),
                    num(piano.get("anno_riferimento")), PlanStatus.MONITORAGGIO, 1, units);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Objective objective(Map<String, Object> o) {
        List<Objective> phases = new ArrayList<>();
        for (Map<String, Object> p : list(o.get("fasi"))) {
            phases.add(objective(p));
        }
        List<Indicator> indicators = new ArrayList<>();
        for (Map<String, Object> i : list(o.get("indicatori"))) {
            Object params = i.get("parametri");
            indicators.add(new Indicator(text(i.get("codice")), text(i.get("strumento")), text(i.get("risultato_atteso")),
                    timing(text(i.get("tempi"))), text(i.get("tipo")),
                    params instanceof Map<?, ?> m ? Values.of((Map<String, ?>) m) : Values.empty(),
                    i.get("peso") == null ? null : ((Number) i.get("peso")).doubleValue(), null));
        }
        Map<String, String> tags = new HashMap<>();
        if (o.get("tag") instanceof Map<?, ?> t) {
            t.forEach((k, v) -> tags.put(String.valueOf(k), String.valueOf(v)));
        }
        return new Objective(text(o.get("codice")), text(o.get("titolo")),
                o.get("peso") == null ? null : ((Number) o.get("peso")).doubleValue(), tags, phases, indicators, null);
    }

    /** A minimal reading of "Tempi": quarters, semesters, the year; anything else stays untyped. */
    static Timing timing(String text) {
        String t = text == null ? "" : text.trim().toLowerCase();
        if (t.matches("[1-4] trim")) {
            return new Timing.Period(text, Timing.PeriodKind.TRIMESTRE, t.charAt(0) - '0', YEAR);
        }
        if (t.matches("[12] sem")) {
            return new Timing.Period(text, Timing.PeriodKind.SEMESTRE, t.charAt(0) - '0', YEAR);
        }
        if (t.equals("annuale")) {
            return new Timing.Period(text, Timing.PeriodKind.ANNO, 1, YEAR);
        }
        return new Timing.Unspecified(text);
    }

    /** SnakeYAML's dates (UTC midnight) as LocalDate, recursively. */
    private static Object plain(Object o) {
        if (o instanceof java.util.Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(plain(x)));
            return out;
        }
        return o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return o == null ? List.of() : (List<Map<String, Object>>) o;
    }

    private static String text(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private static int num(Object o) {
        return ((Number) o).intValue();
    }

    // --- a synthetic plan ----------------------------------------------------------------------------------

    /** 10 units x 3 objectives x one indicator of each of the ten types = 300 indicators. */
    static Plan synthetic() {
        List<OrgUnit> units = new ArrayList<>();
        for (int u = 1; u <= 10; u++) {
            List<Objective> objectives = new ArrayList<>();
            for (int o = 1; o <= 3; o++) {
                String oc = "U" + u + "-0" + o;
                List<Indicator> inds = new ArrayList<>();
                Timing year = new Timing.Period("annuale", Timing.PeriodKind.ANNO, 1, YEAR);
                inds.add(ind(oc + ".1", "rapporto", year, Values.of("target", 70 + o * 10)));
                inds.add(ind(oc + ".2", "conteggio", year, Values.of("soglia", 10 + u,
                        "finestra", Map.of("da", "2025-05-01", "a", "2025-09-30"))));
                inds.add(ind(oc + ".3", "traguardo", year, Values.of("scadenza", "2025-0" + (o + 5) + "-30",
                        "atto", "Delibera di approvazione")));
                inds.add(ind(oc + ".4", "scadenza-graduata", year, Values.of("fasce", List.of(
                        Map.of("entro", "2025-04-30", "punteggio", 100), Map.of("entro", "2025-07-31", "punteggio", 90)))));
                inds.add(ind(oc + ".5", "zero-eventi", year, Values.of("finestra",
                        Map.of("da", "2025-12-15", "a", "2025-12-31"))));
                inds.add(ind(oc + ".6", "variazione", year, Values.of("variazione", o == 2 ? -5 : 50, "base", 1000)));
                inds.add(ind(oc + ".7", "cronoprogramma", year, Values.of("fasi", List.of(
                        Map.of("nome", "Aggiudicazione", "scadenza", "2025-03-31"),
                        Map.of("nome", "SAL 1", "scadenza", "2025-06-30"),
                        Map.of("nome", "Fine lavori", "scadenza", "2025-10-31"),
                        Map.of("nome", "CRE", "scadenza", "2025-12-31")))));
                inds.add(ind(oc + ".8", "ricorrente", year, Values.of("periodicita", "settimanale")));
                inds.add(ind(oc + ".9", "scadenza-relativa", year, Values.of("giorni", 30,
                        "evento", "istruttoria tecnica definitiva")));
                inds.add(ind(oc + ".10", "composito", year, Values.of("modo", o == 1 ? "tutti" : "pesato",
                        "componenti", List.of(oc + ".1", oc + ".3", oc + ".7"))));
                objectives.add(new Objective(oc, "Obiettivo " + oc, null, Map.of(), List.of(), inds, null));
            }
            units.add(new OrgUnit("U" + u, "Settore " + u, UnitKind.SETTORE, "core", objectives, null));
        }
        return new Plan("PIAO-2025", new Ente("bench", "Comune di Prova"), "Piano sintetico", 2025, 2027, 2025,
                PlanStatus.MONITORAGGIO, 1, units);
    }

    private static Indicator ind(String code, String type, Timing timing, Values params) {
        return new Indicator(code, "strumento " + code, "risultato", timing, type, params, null, null);
    }

    // --- measurements ----------------------------------------------------------------------------------------

    /** Plausible measurements of every indicator of a plan, by code, oldest first. */
    static Map<String, List<Measurement>> measurements(Plan plan) {
        Map<String, List<Measurement>> all = new HashMap<>();
        int n = 0;
        for (Indicator i : plan.indicators()) {
            List<Measurement> ms = new ArrayList<>();
            make(i, n++, ms);
            ms.sort(Comparator.comparing(Measurement::date));
            all.put(i.code(), List.copyOf(ms));
        }
        return all;
    }

    private static void make(Indicator i, int n, List<Measurement> out) {
        Values p = i.parameters();
        LocalDate jan = LocalDate.of(YEAR, 1, 1);
        switch (i.typeId()) {
            case "rapporto" -> {
                for (int q = 1; q <= 4; q++) {
                    out.add(m(i, LocalDate.of(YEAR, q * 3, 28), "numeratore", 20 * q + n % 7, "denominatore", 100));
                }
            }
            case "conteggio" -> {
                LocalDate from = p.values("finestra").map(w -> w.requireDate("da")).orElse(jan);
                LocalDate to = p.values("finestra").map(w -> w.requireDate("a")).orElse(LocalDate.of(YEAR, 12, 31));
                boolean last = "ultimo".equals(p.text("aggregazione").orElse(""));
                int k = 1;
                for (LocalDate d = from; !d.isAfter(to); d = d.plusWeeks(1)) {
                    out.add(m(i, d, "valore", last ? 100 * k++ : 1 + n % 3));
                }
            }
            case "traguardo" -> {
                LocalDate due = p.date("scadenza").or(() -> i.timing().deadline()).orElse(LocalDate.of(YEAR, 12, 31));
                LocalDate done = due.minusDays(n % 40);
                out.add(m(i, done, "data", done, "atto", "Delibera n. " + n + " del " + done));
            }
            case "scadenza-graduata" -> {
                LocalDate done = LocalDate.of(YEAR, 3 + n % 6, 15);
                out.add(m(i, done, "data", done));
            }
            case "zero-eventi" -> {
                LocalDate from = p.values("finestra").map(w -> w.requireDate("da")).orElse(jan);
                out.add(m(i, from.plusDays(3), "valore", n % 5 == 0 ? 1 : 0));
            }
            case "variazione" -> {
                double base = p.number("base").map(java.math.BigDecimal::doubleValue).orElse(1000.0);
                double v = p.requireNumber("variazione").doubleValue();
                out.add(m(i, LocalDate.of(YEAR, 6, 30), "valore", Math.round(base * (1 + v / 200)), "base", base));
                out.add(m(i, LocalDate.of(YEAR, 12, 20), "valore", Math.round(base * (1 + v / 100 * 0.9))));
            }
            case "cronoprogramma" -> {
                int k = 0;
                for (Values f : p.valuesList("fasi")) {
                    LocalDate due = f.requireDate("scadenza");
                    LocalDate done = due.plusDays(k++ % 3 == 2 ? 5 : -3);
                    out.add(m(i, done, "fase", f.requireText("nome"), "data", done));
                }
            }
            case "ricorrente" -> {
                for (LocalDate d = LocalDate.of(YEAR, 1, 2); d.getYear() == YEAR; d = d.plusDays(7)) {
                    if ((d.getDayOfYear() + n) % 23 != 0) {
                        out.add(m(i, d, "data", d));
                    }
                }
            }
            case "scadenza-relativa" -> {
                int days = p.number("giorni").map(java.math.BigDecimal::intValue).orElse(30);
                for (int month : new int[] {3, 6, 9}) {
                    LocalDate ev = LocalDate.of(YEAR, month, 1);
                    out.add(m(i, ev, "data_evento", ev));
                    LocalDate done = ev.plusDays(days - 2 + (month == 9 ? 4 : 0));
                    out.add(m(i, done, "data_evento", ev, "data", done));
                }
            }
            default -> {
                // composito and unknown types: no measurements of their own
            }
        }
    }

    private static Measurement m(Indicator i, LocalDate date, Object... values) {
        return Measurement.of(i.code(), date, Values.of(values), "benchmark");
    }
}
