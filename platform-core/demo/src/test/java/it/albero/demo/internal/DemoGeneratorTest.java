package it.albero.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

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
import it.albero.api.spi.Field;
import it.albero.api.spi.Field.Kind;
import it.albero.api.spi.Schema;

class DemoGeneratorTest {

    private static Indicator indicator(String code, String type, Values params) {
        return new Indicator(code, "strumento " + code, "atteso", new Timing.Unspecified(""), type, params, null, null);
    }

    static final Plan SEED = new Plan("PIAO-2025", new Ente("cesano-boscone", "Comune di Cesano Boscone"),
            "Albero della Performance 2025-2027", 2025, 2027, 2025, PlanStatus.BOZZA, 1, List.of(
            new OrgUnit("ENT", "Entrate", UnitKind.SETTORE, null, List.of(new Objective("ENT-01", "Avvisi", null,
                    Map.of(), List.of(), List.of(
                    indicator("ENT-01.1", "rapporto", Values.of("target", 90)),
                    indicator("ENT-01.2", "conteggio", Values.of("soglia", 24)),
                    indicator("ENT-01.3", "traguardo", Values.of("scadenza", LocalDate.of(2025, 6, 30))),
                    indicator("ENT-01.4", "cronoprogramma", Values.of("fasi", List.of(
                            Map.of("nome", "Progetto", "scadenza", LocalDate.of(2025, 3, 31)),
                            Map.of("nome", "Gara", "scadenza", LocalDate.of(2025, 9, 30))))),
                    indicator("ENT-01.5", "entrate.avvisi", Values.of("target", 80)),
                    indicator("ENT-01.6", "ignoto", Values.empty())), null)), null)));

    static final Map<String, Schema> SCHEMAS = Map.of(
            "rapporto", Schema.of(Field.required("numeratore", Kind.NUMERO, "N"),
                    Field.required("denominatore", Kind.NUMERO, "D")),
            "conteggio", Schema.of(Field.required("valore", Kind.NUMERO, "V")),
            "traguardo", Schema.of(Field.required("data", Kind.DATA, "D"), Field.optional("atto", Kind.TESTO, "A")),
            "cronoprogramma", Schema.of(Field.required("fase", Kind.TESTO, "F"), Field.required("data", Kind.DATA, "D"),
                    Field.optional("atto", Kind.TESTO, "A")),
            "entrate.avvisi", Schema.of(Field.required("emessi", Kind.INTERO, "E"),
                    Field.required("da_emettere", Kind.INTERO, "DE")));

    private final DemoGenerator generator = new DemoGenerator(SEED, SCHEMAS::get);

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        for (int index = 1; index <= 20; index++) {
            DemoGenerator.Generated a = generator.generate(42, index, 2025, "C");
            DemoGenerator.Generated b = new DemoGenerator(SEED, SCHEMAS::get).generate(42, index, 2025, "C");
            assertEquals(a.plan(), b.plan());
            assertEquals(a.population(), b.population());
            assertEquals(a.measurements(), b.measurements());
        }
        assertNotEquals(generator.generate(42, 1, 2025, "C").measurements(),
                generator.generate(43, 1, 2025, "C").measurements());
        assertNotEquals(generator.generate(42, 1, 2025, "C").measurements(),
                generator.generate(42, 2, 2025, "C").measurements());
    }

    @Test
    void eachEnteHasItsCodeNameAndTheSeedTreeWithTheSameIndicatorCodes() {
        DemoGenerator.Generated g = generator.generate(7, 12, 2026, "X");
        assertEquals("x0012", g.plan().ente().code(), "ente codes are lower case, as the importer wants them");
        assertTrue(g.plan().ente().name().startsWith("Comune di "), g.plan().ente().name());
        assertEquals("PIAO-2026", g.plan().code());
        assertEquals(2026, g.plan().startYear());
        assertEquals(2028, g.plan().endYear());
        assertEquals(SEED.indicators().stream().map(Indicator::code).toList(),
                g.plan().indicators().stream().map(Indicator::code).toList());
        assertTrue(g.population() >= 400 && g.population() <= 250_000, "population " + g.population());
        // dates of the parameters move to the generated year
        assertEquals(LocalDate.of(2026, 6, 30), g.plan().indicator("ENT-01.3").orElseThrow().parameters()
                .date("scadenza").orElseThrow());
        // every measurement falls within the year and is of an indicator with a known type
        for (Measurement m : g.measurements()) {
            assertEquals(2026, m.date().getYear(), m.toString());
            assertNotEquals("ENT-01.6", m.indicatorCode());
            assertEquals(DemoGenerator.AUTHOR, m.author());
        }
    }

    @Test
    void valuesAreRealisticAndSpreadAcrossEnti() {
        Set<BigDecimal> targets = new java.util.HashSet<>();
        int behind = 0;
        int late = 0;
        int enti = 200;
        for (int index = 1; index <= enti; index++) {
            DemoGenerator.Generated g = generator.generate(1, index, 2025, "C");
            BigDecimal target = g.plan().indicator("ENT-01.1").orElseThrow().parameters().number("target")
                    .orElseThrow();
            assertTrue(target.doubleValue() >= 82 && target.doubleValue() <= 100, "target " + target);
            targets.add(target);
            Map<String, List<Measurement>> by = g.measurements().stream()
                    .collect(Collectors.groupingBy(Measurement::indicatorCode));
            List<Measurement> ratio = by.getOrDefault("ENT-01.1", List.of());
            if (!ratio.isEmpty()) {
                assertEquals(12, ratio.size(), "monthly");
                BigDecimal prev = BigDecimal.ZERO;
                for (Measurement m : ratio) {
                    BigDecimal num = m.values().number("numeratore").orElseThrow();
                    BigDecimal den = m.values().number("denominatore").orElseThrow();
                    assertTrue(num.compareTo(den) <= 0 && num.signum() >= 0, m.toString());
                    assertTrue(den.compareTo(prev) >= 0, "cumulative " + m);
                    prev = den;
                }
                Measurement dec = ratio.get(11);
                double share = 100 * dec.values().number("numeratore").orElseThrow().doubleValue()
                        / dec.values().number("denominatore").orElseThrow().doubleValue();
                if (share < target.doubleValue() * 0.9) {
                    behind++;
                }
            }
            if (by.getOrDefault("ENT-01.3", List.of()).isEmpty()
                    || by.get("ENT-01.3").get(0).date().isAfter(LocalDate.of(2025, 6, 30))) {
                late++;
            }
            by.getOrDefault("ENT-01.2", List.of()).forEach(m -> assertTrue(
                    m.values().number("valore").orElseThrow().signum() > 0, m.toString()));
            by.getOrDefault("ENT-01.5", List.of()).forEach(m -> assertTrue(m.values().number("emessi").orElseThrow()
                    .compareTo(m.values().number("da_emettere").orElseThrow()) <= 0, m.toString()));
            by.getOrDefault("ENT-01.4", List.of()).forEach(m -> assertTrue(
                    Set.of("Progetto", "Gara").contains(m.values().text("fase").orElseThrow()), m.toString()));
        }
        assertTrue(targets.size() > 5, "targets vary: " + targets);
        assertTrue(behind > enti / 20 && behind < enti / 2, "some enti behind: " + behind);
        assertTrue(late > enti / 20 && late < enti * 3 / 4, "some milestones late or missing: " + late);
    }
}
