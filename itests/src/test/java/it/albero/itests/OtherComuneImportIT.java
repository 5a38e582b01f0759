package it.albero.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import it.albero.api.engine.Engine;
import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.NodeEvaluation;
import it.albero.api.model.Objective;
import it.albero.api.model.Plan;
import it.albero.api.model.Status;
import it.albero.api.model.Values;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;

/**
 * Issue 13 on the real distribution: the PEG of a comune the parser was not written for
 * (docs/examples/comune-valdoria-2025.csv: Tipo and Parametri empty, weights on the objective rows, a gate
 * objective with weight X, ranges, bare years, a year struck and corrected, a deadline outside the plan) is
 * checked with {@code albero:import --dry-run}, which lists every proposal sure or to review, then imported; the
 * proposals are stored with their review notes, and the evaluation weighs the objectives and applies the gate.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OtherComuneImportIT extends AlberoTestSupport {

    static final PlanKey VALDORIA = new PlanKey("comune-valdoria", "PEG-2025");
    static final String FILE = "examples/comune-valdoria-2025.csv";
    static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);

    private Path copy() throws Exception {
        Path target = dataDir("itest-import").resolve("comune-valdoria-2025.csv");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(FILE)) {
            assertNotNull(FILE + " on the probe's class path", in);
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private Plan imported() throws Exception {
        PlanStore store = service(PlanStore.class);
        if (store.load(VALDORIA).isEmpty()) {
            String out = executeCommand("albero:import " + copy());
            assertTrue(out, out.contains("Importato comune-valdoria/PEG-2025"));
            assertTrue(out, out.contains("Tipi proposti dal testo: 13"));
        }
        return store.load(VALDORIA).orElseThrow();
    }

    @Test
    public void dryRunListsEveryProposalSureOrToReview() throws Exception {
        Path file = copy();
        String out = executeCommand("albero:import --dry-run " + file);
        System.out.println(out);
        assertTrue(out, out.contains("Verifica riuscita, nulla è stato scritto: comune-valdoria/PEG-2025"));
        assertTrue(out, out.contains("Tipi proposti dal testo: 13 (6 sicuri, 7 da rivedere):"));
        List<String> rows = new ArrayList<>();
        out.lines().filter(l -> l.matches("\\s+(SEG|TEC|SOC)-\\d\\d\\.\\d\\s.*")).forEach(rows::add);
        assertEquals(out, 13, rows.size());
        assertRow(rows, "SEG-01.1", "traguardo scadenza=2025-06-30", "sicuro");
        assertRow(rows, "SEG-02.1", "rapporto target=70", "DA RIVEDERE: il risultato atteso dà due limiti");
        assertRow(rows, "SEG-02.2", "conteggio soglia=8 aggregazione=ultimo", "sicuro");
        assertRow(rows, "SEG-03.2", "rapporto", "DA RIVEDERE: target mancante");
        assertRow(rows, "TEC-01.1", "conteggio soglia=48", "DA RIVEDERE");
        assertRow(rows, "TEC-02.2", "ricorrente periodicita=mensile", "sicuro");
        assertRow(rows, "TEC-02.3", "traguardo scadenza=2025-12-31", "DA RIVEDERE: più anni nella cella");
        assertRow(rows, "SOC-01.1", "rapporto target=90", "sicuro");
        assertRow(rows, "SOC-02.1", "traguardo scadenza=2024-12-31", "DA RIVEDERE");
        // the parser's own guess outside the plan's years is a warning, not an error
        assertTrue(out, out.contains("comune-valdoria-2025.csv:19:Tempi: la scadenza 2024-12-31 di SOC-02.1"));
        assertTrue(out, !out.contains(" errori in ") && !out.contains(" errore in "));
    }

    private static void assertRow(List<String> rows, String code, String typed, String verdict) {
        String row = rows.stream().filter(r -> r.strip().startsWith(code + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + code + " in " + rows));
        assertTrue(row, row.contains(typed));
        assertTrue(row, row.contains(verdict));
    }

    @Test
    public void theProposalsAreStoredWithTheirReviewAndTheGate() throws Exception {
        Plan plan = imported();
        assertEquals(13, plan.indicators().size());
        Objective gate = plan.unit("SEG").orElseThrow().objectives().get(0);
        assertEquals("SEG-01", gate.code());
        assertEquals(Objective.GATE, gate.tags().get(Objective.TAG_GATE));
        assertNull(gate.weight());
        assertEquals(Double.valueOf(60), plan.unit("SEG").orElseThrow().objectives().get(1).weight());
        assertEquals(Double.valueOf(30), plan.unit("TEC").orElseThrow().objectives().get(1).weight());
        Indicator range = plan.indicator("TEC-02.1").orElseThrow();
        assertEquals("rapporto", range.typeId());
        assertEquals(Values.of("target", 65), range.parameters());
        assertTrue(range.review(), range.review().contains("75"));
        assertTrue(plan.indicator("SOC-02.1").orElseThrow().review().contains("fuori dagli anni del piano"));
        assertNull(plan.indicator("SOC-01.1").orElseThrow().review());
    }

    @Test
    public void theEvaluationWeighsTheObjectivesAndAppliesTheGate() throws Exception {
        Plan plan = imported();
        Engine engine = service(Engine.class);
        Map<String, List<Measurement>> ms = new java.util.HashMap<>();
        // TEC: the road project approved in time (TEC-01: 100%), differentiated waste 52% against 65% (TEC-02: 80%)
        ms.put("TEC-01.2", List.of(Measurement.of("TEC-01.2", LocalDate.of(2025, 5, 10),
                Values.of("data", LocalDate.of(2025, 5, 10), "atto", "Determina n. 88 del 10/05/2025"), "itest")));
        ms.put("TEC-02.1", List.of(Measurement.of("TEC-02.1", LocalDate.of(2025, 12, 31),
                Values.of("numeratore", 52, "denominatore", 100), "itest")));
        // SEG: good results, but the gate (the anti-corruption section by June) was adopted late
        ms.put("SEG-02.1", List.of(Measurement.of("SEG-02.1", LocalDate.of(2025, 12, 31),
                Values.of("numeratore", 80, "denominatore", 100), "itest")));
        ms.put("SEG-03.1", List.of(Measurement.of("SEG-03.1", LocalDate.of(2025, 11, 30), Values.of("valore", 4),
                "itest")));
        ms.put("SEG-01.1", List.of(Measurement.of("SEG-01.1", LocalDate.of(2025, 9, 15),
                Values.of("data", LocalDate.of(2025, 9, 15), "atto", "Delibera G.C. n. 120"), "itest")));
        NodeEvaluation tree = engine.evaluate(plan, code -> ms.getOrDefault(code, List.of()), YEAR_END);
        assertEquals(0.8, node(tree, "TEC-02.1").evaluation().score(), 1e-9);
        assertEquals(1.0, node(tree, "TEC-01.2").evaluation().score(), 1e-9);
        NodeEvaluation tec = node(tree, "TEC");
        assertEquals(tec.evaluation().toString(), weighted(tree, "TEC-01", 70, "TEC-02", 30),
                tec.evaluation().score(), 1e-9);
        NodeEvaluation seg = node(tree, "SEG");
        assertEquals(Status.NON_RAGGIUNTO, node(tree, "SEG-01").evaluation().status());
        assertEquals(0.0, node(tree, "SEG-01").weight(), 0.0);
        assertEquals(seg.evaluation().toString(), 0.0, seg.evaluation().score(), 1e-9);
        assertEquals(Status.NON_RAGGIUNTO, seg.evaluation().status());
        assertTrue(seg.evaluation().explanation(), seg.evaluation().explanation().startsWith(
                "Obiettivo cancello SEG-01 non raggiunto: il risultato è azzerato (senza il cancello sarebbe "));
        // the gate met in time: the unit's mean of its weighted objectives
        ms.put("SEG-01.1", List.of(Measurement.of("SEG-01.1", LocalDate.of(2025, 6, 20),
                Values.of("data", LocalDate.of(2025, 6, 20), "atto", "Delibera G.C. n. 80"), "itest")));
        NodeEvaluation again = node(engine.evaluate(plan, code -> ms.getOrDefault(code, List.of()), YEAR_END), "SEG");
        assertEquals(again.evaluation().toString(), weighted(tree, "SEG-02", 60, "SEG-03", 40),
                again.evaluation().score(), 1e-9);
        assertTrue(again.evaluation().score() > 0);
        // a milestone with nothing recorded at year end is missing data, as a ratio is
        Evaluation none = node(tree, "SOC-01.2").evaluation();
        assertEquals(Status.NON_ANCORA_DOVUTO, none.status());
        assertEquals(Status.DATI_MANCANTI, node(tree, "TEC-02.3").evaluation().status());
        assertEquals(Status.DATI_MANCANTI, node(tree, "SOC-01.1").evaluation().status());
    }

    /** The weighted mean of two objectives' scores, as the unit should roll them up. */
    private static double weighted(NodeEvaluation tree, String a, double wa, String b, double wb) {
        Evaluation ea = node(tree, a).evaluation();
        Evaluation eb = node(tree, b).evaluation();
        double sum = 0;
        double weights = 0;
        if (ea.hasScore()) {
            sum += wa * ea.score();
            weights += wa;
        }
        if (eb.hasScore()) {
            sum += wb * eb.score();
            weights += wb;
        }
        assertTrue(a + " " + ea + ", " + b + " " + eb, weights > 0);
        return sum / weights;
    }

    private static NodeEvaluation node(NodeEvaluation tree, String code) {
        NodeEvaluation[] found = new NodeEvaluation[1];
        tree.forEach(n -> {
            if (n.code().equals(code)) {
                found[0] = n;
            }
        });
        assertNotNull("node " + code, found[0]);
        return found[0];
    }
}
