package it.albero.types.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Status;
import it.albero.api.model.Timing;
import it.albero.api.model.Values;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.ScoringPolicy;
import it.albero.api.spi.StandardScoring;

/**
 * Small builders for the types' table-driven tests: the engine's default scoring policy
 * ({@link StandardScoring#defaults()}: linear, partial from 50%), an indicator, measurements written as text, and a context that sees what the engine would give.
 */
final class Fixture {

    static final int YEAR = 2025;

    /** The engine's own policy as a default installation configures it, not a copy of it. */
    static final ScoringPolicy SCORING = StandardScoring.defaults();

    private Fixture() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Timing byDate(String iso) {
        return new Timing.ByDate("entro il " + iso, d(iso));
    }

    static Timing yearly() {
        return new Timing.Period("annuale", Timing.PeriodKind.ANNO, 1, YEAR);
    }

    static Indicator indicator(String typeId, Timing timing, Values params) {
        return new Indicator("X-01.1", "strumento", "risultato", timing, typeId, params, null, null);
    }

    /**
     * "target=80 confronto=<=" -> values; numbers and ISO dates are typed, "2025-05-01..2025-09-30" is a window
     * {da, a}, '_' stands for a space.
     */
    static Values values(String spec) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (spec != null) {
            for (String kv : spec.trim().split("\\s+")) {
                if (kv.isEmpty()) {
                    continue;
                }
                int eq = kv.indexOf('=');
                m.put(kv.substring(0, eq), typed(kv.substring(eq + 1).replace('_', ' ')));
            }
        }
        return Values.of(m);
    }

    private static Object typed(String s) {
        if (s.matches("\\d{4}-\\d{2}-\\d{2}\\.\\.\\d{4}-\\d{2}-\\d{2}")) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("da", LocalDate.parse(s.substring(0, 10)));
            w.put("a", LocalDate.parse(s.substring(12)));
            return w;
        }
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(s);
        }
        if (s.matches("-?\\d+(\\.\\d+)?")) {
            return new BigDecimal(s);
        }
        return s;
    }

    /** "2025-06-30 valore=3; 2025-07-31 valore=2" -> measurements (the date first, then the values). */
    static List<Measurement> ms(String spec) {
        List<Measurement> out = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return out;
        }
        for (String one : spec.split(";")) {
            String t = one.trim();
            int sp = t.indexOf(' ');
            String date = sp < 0 ? t : t.substring(0, sp);
            Values v = sp < 0 ? Values.empty() : values(t.substring(sp + 1));
            out.add(Measurement.of("X-01.1", d(date), v, "test"));
        }
        return out;
    }

    static Evaluation eval(IndicatorType type, Indicator ind, String asOf, List<Measurement> all) {
        return eval(type, ind, d(asOf), all, Map.of());
    }

    /** As the engine does: only measurements dated on or before the date, oldest first. */
    static Evaluation eval(IndicatorType type, Indicator ind, LocalDate asOf, List<Measurement> all,
                           Map<String, Evaluation> components) {
        List<Measurement> seen = all.stream().filter(m -> !m.date().isAfter(asOf))
                .sorted(Comparator.comparing(Measurement::date)).toList();
        return type.evaluate(new EvaluationContext() {
            public Indicator indicator() {
                return ind;
            }

            public List<Measurement> measurements() {
                return seen;
            }

            public LocalDate asOf() {
                return asOf;
            }

            public int referenceYear() {
                return YEAR;
            }

            public ScoringPolicy scoring() {
                return SCORING;
            }

            public Optional<Evaluation> evaluationOf(String code) {
                return Optional.ofNullable(components.get(code));
            }
        });
    }

    /** Checks status, score (null for none) and the risk flag. */
    static void expect(Evaluation e, Status status, Double score, boolean atRisk) {
        assertNotNull(e);
        String why = e.status() + " " + e.score() + " " + e.atRisk() + ": " + e.explanation();
        assertEquals(status, e.status(), why);
        if (score == null) {
            assertNull(e.score(), why);
        } else {
            assertNotNull(e.score(), why);
            assertEquals(score, e.score(), 1e-3, why);
        }
        assertEquals(atRisk, e.atRisk(), why);
    }
}
