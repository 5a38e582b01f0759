package it.albero.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.NodeEvaluation;
import it.albero.api.model.Plan;
import it.albero.api.model.ScoreOverride;
import it.albero.api.model.Status;
import it.albero.api.model.Timing;
import it.albero.api.model.Values;
import it.albero.api.spi.Finding;
import it.albero.api.spi.IndicatorType;

/** One zone (configuration {@code zone}) and one clock for today, the deadline check and the roll-up. */
class TimeTest {

    /** 00:30 of 1 January 2026 in Rome, still 31 December 2025 in UTC. */
    private static final Instant NEW_YEAR_IN_ROME = Instant.parse("2025-12-31T23:30:00Z");

    private EngineImpl engine;

    @AfterEach
    void stop() {
        engine.deactivate();
    }

    private EngineImpl engine(String zone, Instant now) {
        // the test's clock is in UTC: the engine reads it in the configured zone
        engine = new EngineImpl(TestPlans.config(300, 300, 2, zone, "it"), Clock.fixed(now, ZoneOffset.UTC));
        return engine;
    }

    @Test
    void todayIsTheClocksDayInTheConfiguredZone() {
        assertEquals(LocalDate.of(2026, 1, 1), engine("Europe/Rome", NEW_YEAR_IN_ROME).today());
        engine.deactivate();
        assertEquals(LocalDate.of(2025, 12, 31), engine("UTC", NEW_YEAR_IN_ROME).today());
        engine.deactivate();
        assertEquals(LocalDate.of(2025, 7, 14), engine("Europe/Rome", Instant.parse("2025-07-14T08:00:00Z")).today());
    }

    @Test
    void theDefaultZoneIsRomeAndAChangeAppliesAtOnce() {
        engine("Europe/Rome", NEW_YEAR_IN_ROME);
        assertEquals("Europe/Rome", new EngineConfigDefaults().zone());
        engine.modified(TestPlans.config(300, 300, 3, "America/New_York", "it"));
        assertEquals(LocalDate.of(2025, 12, 31), engine.today());
        assertEquals(6, engine.maxThreads(), "the pools follow pool.size");
    }

    @Test
    void aZoneThatDoesNotExistIsRefusedWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> engine("Europe/Cesano", NEW_YEAR_IN_ROME));
        assertTrue(e.getMessage().contains("Europe/Cesano"), e.getMessage());
        engine = new EngineImpl(TestPlans.config(300));
    }

    /** A measurement due 31/12/2025, entered at 00:30 of 31/01/2026 in Rome: 31 days after, in Rome only. */
    private List<Finding> lateFindings(String zone) {
        engine(zone, NEW_YEAR_IN_ROME);
        Indicator due = new Indicator("A.1", "s", "r", new Timing.ByDate("entro il 31/12/2025", LocalDate.of(2025, 12, 31)),
                "x", Values.empty(), null, null);
        Measurement m = new Measurement(1, "A.1", LocalDate.of(2025, 12, 20), Values.empty(), null, null, "t",
                Instant.parse("2026-01-30T23:30:00Z"));
        DeadlineCheck check = new DeadlineCheck(engine::settings);
        engine.checkAdded(Registered.of(check, Map.of(Constants.SERVICE_ID, 1L)));
        return engine.check(TestPlans.plan(due), code -> List.of(m), LocalDate.of(2026, 2, 1), null);
    }

    @Test
    void theDeadlineCheckReadsTheDayOfEntryInTheConfiguredZone() {
        List<Finding> rome = lateFindings("Europe/Rome");
        assertEquals(1, rome.size(), rome.toString());
        assertEquals("Rilevazione del 20/12/2025 inserita il 31/01/2026, oltre 30 giorni dopo la scadenza 31/12/2025.",
                rome.get(0).message());
        engine.deactivate();
        assertEquals(List.of(), lateFindings("UTC"), "30/01/2026 in UTC is within the 30 days");
    }

    @Test
    void theRollUpDatesAnOverrideInTheSameZone() {
        Instant at = Instant.parse("2026-01-15T23:30:00Z");
        for (String[] zoneAndDay : new String[][] {{"Europe/Rome", "16/01/2026"}, {"UTC", "15/01/2026"}}) {
            engine(zoneAndDay[0], NEW_YEAR_IN_ROME);
            engine.typeAdded(Registered.of((IndicatorType) new FixedType("x",
                    ctx -> Evaluation.of(0.5, Status.PARZIALMENTE_RAGGIUNTO, "")), Map.of(Constants.SERVICE_ID, 1L)));
            Plan plan = TestPlans.plan(TestPlans.indicator("A.1", "x"));
            NodeEvaluation tree = engine.evaluate(plan, code -> List.of(), LocalDate.of(2025, 12, 31),
                    Map.of("A.1", new ScoreOverride("A.1", 1, "nota", "oiv", at)));
            String explanation = tree.children().get(0).children().get(0).children().get(0).evaluation().explanation();
            assertTrue(explanation.startsWith("Valore rettificato da oiv il " + zoneAndDay[1] + ":"), explanation);
            engine.deactivate();
        }
        engine = new EngineImpl(TestPlans.config(300));
    }

    /** The defaults of the configuration annotation, as Config Admin gives them without a file. */
    private static final class EngineConfigDefaults {
        String zone() throws RuntimeException {
            try {
                return (String) EngineConfig.class.getMethod("zone").getDefaultValue();
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
