package it.albero.demo.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

import it.albero.api.model.Ente;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;
import it.albero.api.model.PlanStatus;
import it.albero.api.model.Values;
import it.albero.api.spi.Field;
import it.albero.api.spi.Schema;

/**
 * Generates demo enti from the seed plan, deterministically from a seed number: each ente gets its own code and an
 * invented Italian comune name, a population, a copy of the seed plan (same units, objectives and indicator codes, so
 * that indicators are shared across enti) with targets varied a little, and a year of monthly measurements shaped
 * by each indicator type's measurement schema: counts accumulating, ratios near the target with noise, milestones
 * and phases done on a date or late, some enti behind, some indicators without data.
 * <p>
 * Pure: no store, no clock; the same seed, index and year give equal results.
 */
final class DemoGenerator {

    /** Who records the generated measurements. */
    static final String AUTHOR = "albero-generatore";

    private static final String[] FIRST = {"San", "Santa Maria", "Castel", "Villa", "Monte", "Borgo", "Ponte", "Colle",
        "Rocca", "Torre", "Pieve", "Casal", "Poggio", "Serra", "Valle", "Fonte"};
    private static final String[] BASE = {"Albero", "Brenta", "Ceresio", "Dorno", "Fiorano", "Gallese", "Lavena",
        "Marzano", "Noceto", "Olmeda", "Pradello", "Quinzano", "Roveda", "Sarnico", "Tavena", "Ulzio", "Vedano",
        "Zerbolo", "Bosisio", "Cadorago", "Lurago", "Mornico", "Pessano", "Trezzo", "Vaprio", "Cislago", "Gorla",
        "Limbiate", "Nerviano", "Ossona", "Robecco", "Sedriano", "Turbigo", "Arluno", "Bareggio", "Cuggiono"};
    private static final String[] LAST = {"", "", "", "", " al Lambro", " sul Serio", " di Sotto", " Superiore",
        " Inferiore", " Marittimo", " d'Adda", " sul Naviglio", " in Valle", " Ticino", " Brianza", " Olona"};
    /** Measurement fields that hold the base (denominator) of a count, in sector types. */
    private static final Set<String> BASES = Set.of("denominatore", "previste", "da_emettere", "richieste", "promossi",
            "coinvolti", "atti_adottati", "costo_triennio", "domande", "totale", "previsti", "programmati");
    private static final DateTimeFormatter IT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One generated ente: its plan, its population and its measurements, oldest first per indicator. */
    record Generated(Plan plan, int population, double performance, List<Measurement> measurements) {
        /** The Italian size class of the comune, by population. */
        String sizeClass() {
            return population < 5_000 ? "fino a 5.000" : population < 20_000 ? "5.000-20.000"
                    : population < 60_000 ? "20.000-60.000" : "oltre 60.000";
        }
    }

    private final Plan seed;
    private final Function<String, Schema> schemas;

    /**
     * @param seed    the seed plan, whose tree every ente copies
     * @param schemas an indicator type's measurement schema by type id, or {@code null} when the type is unknown
     *                (its indicators then get no measurements)
     */
    DemoGenerator(Plan seed, Function<String, Schema> schemas) {
        this.seed = Objects.requireNonNull(seed, "seed");
        this.schemas = Objects.requireNonNull(schemas, "schemas");
    }

    /**
     * The code of ente number {@code index} (from 1): the prefix in lower case and four digits, e.g. {@code c0001}
     * (ente codes are lower case, as the importer wants them, so that a generated plan exports and imports again).
     */
    static String code(String prefix, int index) {
        return prefix.toLowerCase(java.util.Locale.ROOT) + String.format("%04d", index);
    }

    /**
     * Generates ente number {@code index} (from 1) of the run with seed number {@code seedNumber}, with a plan for
     * {@code year}-{@code year + 2} and the measurements of {@code year}.
     */
    Generated generate(long seedNumber, int index, int year, String prefix) {
        SplittableRandom rnd = new SplittableRandom(mix(seedNumber, index));
        String name = FIRST[rnd.nextInt(FIRST.length)] + " " + BASE[rnd.nextInt(BASE.length)]
                + LAST[rnd.nextInt(LAST.length)];
        // population: many small comuni, few large ones (log-uniform between 400 and 250.000)
        int population = (int) Math.round(Math.exp(Math.log(400) + rnd.nextDouble() * Math.log(250_000.0 / 400)));
        // how the ente performs: most near or above target, some well behind
        double performance = rnd.nextDouble() < 0.2 ? 0.45 + 0.3 * rnd.nextDouble() : 0.8 + 0.3 * rnd.nextDouble();
        double missing = rnd.nextDouble() * 0.2;
        int shift = year - seed.referenceYear();
        Ente ente = new Ente(code(prefix, index), "Comune di " + name);
        List<OrgUnit> units = new ArrayList<>();
        for (OrgUnit u : seed.units()) {
            units.add(new OrgUnit(u.code(), u.name(), u.kind(), u.moduleId(),
                    u.objectives().stream().map(o -> objective(o, rnd, shift)).toList(), null));
        }
        Plan plan = new Plan("PIAO-" + year, ente, "Albero della Performance " + year + "-" + (year + 2), year,
                year + 2, year, PlanStatus.BOZZA, 1, units);
        List<Measurement> measurements = new ArrayList<>();
        double scale = Math.max(0.2, Math.log10(population) - 2.5);
        for (Indicator i : plan.indicators()) {
            // each indicator draws from its own stream, so that one type's values never shift another's
            SplittableRandom r = new SplittableRandom(mix(mix(seedNumber, index), i.code().hashCode()));
            if (r.nextDouble() < missing) {
                continue;
            }
            Schema schema = schemas.apply(i.typeId());
            if (schema != null) {
                measurements.addAll(measure(i, schema, r, year, performance, scale));
            }
        }
        return new Generated(plan, population, performance, measurements);
    }

    private static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private Objective objective(Objective o, SplittableRandom rnd, int shift) {
        return new Objective(o.code(), o.title(), o.weight(), o.tags(),
                o.phases().stream().map(p -> objective(p, rnd, shift)).toList(),
                o.indicators().stream().map(i -> new Indicator(i.code(), i.instrument(), i.expectedResult(),
                        i.timing(), i.typeId(), parameters(i.parameters(), rnd, shift), i.weight(), null)).toList(),
                null);
    }

    /** The seed's parameters with targets varied by up to ±8% and dates moved to the generated year. */
    private static Values parameters(Values p, SplittableRandom rnd, int shift) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String name : p.names()) {
            Object v = p.get(name).orElseThrow();
            if ((name.equals("target") || name.equals("soglia")) && v instanceof BigDecimal b) {
                double varied = b.doubleValue() * (0.92 + 0.16 * rnd.nextDouble());
                if (name.equals("target") && b.doubleValue() <= 100) {
                    varied = Math.min(100, varied);
                }
                BigDecimal d = BigDecimal.valueOf(varied).setScale(b.scale() <= 0 ? 0 : 1, RoundingMode.HALF_UP);
                out.put(name, d.signum() == 0 && b.signum() != 0 ? b : d);
            } else {
                out.put(name, shifted(v, shift));
            }
        }
        return Values.of(out);
    }

    private static Object shifted(Object v, int shift) {
        if (shift == 0) {
            return v;
        }
        if (v instanceof LocalDate d) {
            return d.plusYears(shift);
        }
        if (v instanceof Values nested) {
            Map<String, Object> m = new LinkedHashMap<>();
            nested.names().forEach(n -> m.put(n, shifted(nested.get(n).orElseThrow(), shift)));
            return Values.of(m);
        }
        if (v instanceof List<?> list) {
            return list.stream().map(x -> shifted(x, shift)).toList();
        }
        return v;
    }

    private static LocalDate monthEnd(int year, int month) {
        return YearMonth.of(year, month).atEndOfMonth();
    }

    private static Measurement m(Indicator i, LocalDate date, Values values) {
        return new Measurement(0, i.code(), date, values, null, null, AUTHOR, null);
    }

    private static String act(SplittableRandom r, LocalDate date) {
        return (r.nextBoolean() ? "Determina" : "Delibera") + " n. " + (1 + r.nextInt(400)) + " del "
                + date.format(IT);
    }

    /** When something due on {@code due} is done: early or on time for a good ente, late for one behind. */
    private static LocalDate done(LocalDate due, SplittableRandom r, double performance) {
        int delay = (int) Math.round((1.0 - performance) * 120 + (r.nextDouble() - 0.7) * 60);
        return due.plusDays(delay);
    }

    private List<Measurement> measure(Indicator i, Schema schema, SplittableRandom r, int year, double performance,
                                      double scale) {
        Values p = i.parameters();
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        Set<String> fields = new java.util.HashSet<>();
        schema.fields().forEach(f -> fields.add(f.name()));
        List<Measurement> out = new ArrayList<>();
        if (fields.contains("numeratore") && fields.contains("denominatore")) {
            // a ratio near the target: cumulative numerator and denominator month by month
            double target = p.number("target").map(BigDecimal::doubleValue).orElse(80.0) / 100.0;
            double perMonth = 2 + r.nextInt(20) * scale;
            double ratio = Math.min(1.0, target * (performance + 0.1) * (0.95 + 0.1 * r.nextDouble()));
            for (int month = 1; month <= 12; month++) {
                long den = Math.round(perMonth * month);
                long num = Math.min(den, Math.round(den * Math.min(1.0, ratio * (0.97 + 0.06 * r.nextDouble()))));
                out.add(m(i, monthEnd(year, month), Values.of("numeratore", num, "denominatore", den)));
            }
        } else if (fields.contains("fase") && fields.contains("data")) {
            // a schedule: each phase done near its deadline, or not yet when late past the year
            int n = 0;
            for (Values phase : p.valuesList("fasi")) {
                n++;
                String name = phase.text("nome").orElse("Fase " + n);
                LocalDate due = phase.date("scadenza").orElse(yearEnd);
                LocalDate when = done(due, r, performance);
                if (!when.isAfter(yearEnd) && when.getYear() == year) {
                    out.add(m(i, when, Values.of("fase", name, "data", when, "atto", act(r, when))));
                } else if (when.getYear() < year) {
                    LocalDate jan = LocalDate.of(year, 1, 2);
                    out.add(m(i, jan, Values.of("fase", name, "data", jan, "atto", act(r, jan))));
                }
            }
        } else if (fields.contains("data_evento")) {
            // a deadline relative to an event: the event in the year, the completion some days later
            int days = p.number("giorni").map(BigDecimal::intValue).orElse(30);
            LocalDate event = LocalDate.of(year, 1 + r.nextInt(10), 1 + r.nextInt(28));
            LocalDate when = event.plusDays(Math.round(days * (1.6 - performance) * (0.7 + 0.5 * r.nextDouble())));
            out.add(when.isAfter(yearEnd) ? m(i, event, Values.of("data_evento", event))
                    : m(i, when, Values.of("data_evento", event, "data", when)));
        } else if (fields.size() <= 2 && fields.contains("data") && p.has("periodicita")) {
            // a recurring activity: its occurrences in the year, some skipped by an ente behind
            String every = p.text("periodicita").orElse("mensile");
            int months = switch (every) {
                case "bimestrale" -> 2;
                case "trimestrale" -> 3;
                case "semestrale" -> 6;
                case "annuale" -> 12;
                default -> 1;
            };
            for (int month = months; month <= 12; month += months) {
                if (r.nextDouble() < performance + 0.1) {
                    LocalDate when = monthEnd(year, month).minusDays(r.nextInt(20));
                    out.add(m(i, when, Values.of("data", when)));
                }
            }
        } else if (fields.contains("data") && schema.fields().stream().filter(Field::required).count() == 1) {
            // a milestone: done on a date near its deadline, or not yet
            LocalDate due = p.date("scadenza").orElse(yearEnd);
            LocalDate when = done(due, r, performance);
            if (when.getYear() < year) {
                when = LocalDate.of(year, 1, 2 + r.nextInt(20));
            }
            if (!when.isAfter(yearEnd)) {
                out.add(fields.contains("atto") ? m(i, when, Values.of("data", when, "atto", act(r, when)))
                        : m(i, when, Values.of("data", when)));
            }
        } else if (fields.equals(Set.of("valore")) && (i.typeId().contains("zero") || p.has("finestra"))) {
            // events that should not happen: mostly none, some for an ente behind
            int events = r.nextDouble() < (1 - performance) * 0.8 ? 1 + r.nextInt(3) : 0;
            out.add(m(i, monthEnd(year, 12), Values.of("valore", events)));
        } else if (fields.contains("valore") && schema.field("valore").orElseThrow().required()
                && schema.fields().stream().filter(Field::required).count() == 1) {
            out.addAll(counts(i, p, r, year, performance));
        } else {
            out.addAll(generic(i, schema, r, year, performance, scale));
        }
        return out;
    }

    /** A count: monthly amounts (summed) or the running value (last), reaching the threshold by performance. */
    private static List<Measurement> counts(Indicator i, Values p, SplittableRandom r, int year, double performance) {
        List<Measurement> out = new ArrayList<>();
        boolean last = "ultimo".equals(p.text("aggregazione").orElse("somma"));
        if (p.has("variazione")) {
            double base = p.number("base").map(BigDecimal::doubleValue).orElse(100.0);
            double change = p.number("variazione").map(BigDecimal::doubleValue).orElse(10.0) / 100;
            for (int month = 3; month <= 12; month += 3) {
                double v = base * (1 + change * performance * month / 12.0 * (0.9 + 0.2 * r.nextDouble()));
                out.add(m(i, monthEnd(year, month), Values.of("valore", BigDecimal.valueOf(v)
                        .setScale(1, RoundingMode.HALF_UP))));
            }
            return out;
        }
        double goal = p.number("soglia").or(() -> p.number("target")).map(BigDecimal::doubleValue).orElse(12.0);
        double reached = goal * (performance + 0.05) * (0.9 + 0.2 * r.nextDouble());
        long running = 0;
        for (int month = 1; month <= 12; month++) {
            long total = Math.round(reached * month / 12.0);
            long step = total - running;
            running = total;
            if (last) {
                out.add(m(i, monthEnd(year, month), Values.of("valore", total)));
            } else if (step > 0) {
                out.add(m(i, monthEnd(year, month), Values.of("valore", step)));
            }
        }
        return out;
    }

    /**
     * A sector type's schema, field by field: a base that grows month by month for base-like numbers, the achieved
     * share of it for the others, the target for a percentage named so, the month's end for dates. Quarterly.
     */
    private static List<Measurement> generic(Indicator i, Schema schema, SplittableRandom r, int year,
                                             double performance, double scale) {
        List<Measurement> out = new ArrayList<>();
        double perMonth = 1 + r.nextInt(10) * scale;
        double share = Math.min(1.0, (performance + 0.1) * (0.9 + 0.15 * r.nextDouble()));
        for (int month = 3; month <= 12; month += 3) {
            // the measurement's date (e.g. a contract signed), then its other dates after it (registered)
            LocalDate date = monthEnd(year, month).minusDays(24 + r.nextInt(4));
            long base = Math.max(1, Math.round(perMonth * month));
            Map<String, Object> values = new LinkedHashMap<>();
            LocalDate nextDate = date.plusDays(1 + r.nextInt(3));
            for (Field f : schema.fields()) {
                if (!f.required() && !f.name().equals("atto")) {
                    continue;
                }
                Object v = switch (f.kind()) {
                    case INTERO, NUMERO -> BASES.contains(f.name()) ? base : Math.round(base * share);
                    case PERCENTUALE -> f.name().equals("target")
                            ? i.parameters().number("target").orElse(BigDecimal.valueOf(80))
                            : BigDecimal.valueOf(Math.round(100 * share));
                    case DATA -> {
                        LocalDate d = nextDate;
                        nextDate = nextDate.plusDays(3 + r.nextInt(5));
                        yield d;
                    }
                    case TESTO -> f.name().equals("atto") ? act(r, date) : "Rilevazione " + f.label().toLowerCase()
                            + " " + month + "/" + year;
                    case SCELTA -> f.options().isEmpty() ? null : f.options().get(0);
                    case FINESTRA -> Map.of("da", LocalDate.of(year, 1, 1), "a", date);
                    case ELENCO -> null;
                };
                if (v == null && f.required()) {
                    return List.of();
                }
                if (v != null) {
                    values.put(f.name(), v);
                }
            }
            if (!values.isEmpty()) {
                out.add(m(i, date, Values.of(values)));
            }
        }
        return out;
    }
}
