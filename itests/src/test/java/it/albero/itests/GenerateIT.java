package it.albero.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.junit.runners.MethodSorters;

import it.albero.api.model.Measurement;
import it.albero.api.store.AuditTrail;
import it.albero.api.store.MeasurementStore;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;

/**
 * Issue 16, the demo-data generator in the distribution: {@code albero:generate} creates enti from the seed plan with
 * a year of measurements, deterministically from the seed number, and {@code albero:eval-all} evaluates them. Tests in
 * name order on one container.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class GenerateIT extends AlberoTestSupport {

    private static final PlanKey G1 = new PlanKey("g0001", "PIAO-2025");

    @Test
    public void a_generateCreatesEntiWithTheSeedTreeAndTheirMeasurementsInOneBatchEach() {
        PlanStore plans = service(PlanStore.class);
        MeasurementStore measurements = service(MeasurementStore.class);
        long auditBefore = service(AuditTrail.class).latestId();
        String out = executeCommand("albero:generate --enti 3 --seed 7 --prefix G --verbose");
        assertTrue(out, out.contains("Generati 3 enti (0 già presenti"));
        for (int i = 1; i <= 3; i++) {
            PlanKey key = new PlanKey("g000" + i, "PIAO-2025");
            assertEquals(out, SeedPlanIT.SEED_INDICATORS, plans.summary(key).orElseThrow().indicators());
            assertTrue(key + " has few measurements: " + measurements.count(key), measurements.count(key) > 200);
            assertTrue(out, out.contains(key + " Comune di "));
        }
        // per ente: one entry for its batch of measurements, none per measurement
        List<String> actions = service(AuditTrail.class).recent(20).stream()
                .filter(e -> e.id() > auditBefore).map(e -> e.action()).toList();
        assertEquals(actions.toString(), 3, actions.stream().filter("rilevazione.carica"::equals).count());
        assertEquals(actions.toString(), 0, actions.stream().filter("rilevazione.registra"::equals).count());
    }

    @Test
    public void b_theSameSeedGivesTheSameDataAndASecondRunAddsNothing() {
        MeasurementStore measurements = service(MeasurementStore.class);
        int before = measurements.count(G1);
        String again = executeCommand("albero:generate --enti 3 --seed 7 --prefix G");
        assertTrue(again, again.contains("Generati 0 enti (3 già presenti"));
        assertEquals(before, measurements.count(G1));
        executeCommand("albero:generate --enti 1 --seed 7 --prefix H");
        PlanKey h1 = new PlanKey("h0001", "PIAO-2025");
        assertEquals(before, measurements.count(h1));
        for (String code : List.of("RU-01.1", "ENT-01.1", "RU-03.1")) {
            assertEquals(code, values(measurements.list(G1, code)), values(measurements.list(h1, code)));
        }
        executeCommand("albero:generate --enti 1 --seed 8 --prefix K");
        assertTrue("another seed, other data", measurements.count(new PlanKey("k0001", "PIAO-2025")) != before
                || !values(measurements.list(G1, "ENT-01.1")).equals(
                values(measurements.list(new PlanKey("k0001", "PIAO-2025"), "ENT-01.1"))));
    }

    private static List<String> values(List<Measurement> list) {
        return list.stream().map(m -> m.date() + " " + m.values()).toList();
    }

    @Test
    public void c_evalAllEvaluatesEveryGeneratedEnteWithASpreadOfStatuses() {
        String out = executeCommand("albero:eval-all --as-of 2025-12-31 --prefix G");
        assertTrue(out, out.contains("Valutati 3 enti al 31/12/2025: 858 indicatori"));
        for (String status : List.of("raggiunto", "non raggiunto", "dati mancanti")) {
            assertTrue(status + " missing:\n" + out, out.contains(" " + status + " "));
        }
        assertEquals(out, 4, out.lines().filter(l -> !l.isBlank()).count());
    }

    @Test
    public void d_badInputIsRefusedInItalianAndChangesNothing() {
        int enti = service(PlanStore.class).enti().size();
        CommandResult r = tryCommand("albero:generate --enti 0");
        assertTrue(r.toString(), r.failed() && r.error.contains("da 1 a 10000"));
        r = tryCommand("albero:generate --enti 2 --prefix 9x");
        assertTrue(r.toString(), r.failed() && r.error.contains("--prefix"));
        r = tryCommand("albero:eval-all --prefix NESSUNO");
        assertTrue(r.toString(), r.failed() && r.error.contains("Nessun piano"));
        assertEquals(enti, service(PlanStore.class).enti().size());
    }
}
