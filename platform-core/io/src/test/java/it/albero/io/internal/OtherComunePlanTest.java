package it.albero.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.albero.api.io.ImportProblem;
import it.albero.api.io.PlanFormat;
import it.albero.api.model.Indicator;
import it.albero.api.model.Objective;
import it.albero.api.model.Plan;
import it.albero.api.model.Values;

/**
 * Issue 13: a PEG of another comune (docs/examples/comune-valdoria-2025.csv) with weights on the objective rows, a
 * gate objective (weight X), ranges, bare years and a year struck and corrected, Tipo and Parametri empty: it
 * imports, every proposal is there, the unsure ones say why, the parser's own guesses are warnings.
 */
class OtherComunePlanTest {

    private final PlanFiles files = new PlanFiles(new ItalianParser());

    private PlanFiles.Result read() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("examples/comune-valdoria-2025.csv")) {
            assertNotNull(in);
            return files.read("comune-valdoria-2025.csv", PlanFormat.CSV, in.readAllBytes(), PlanBuilder.NONE);
        }
    }

    @Test
    void importsWithWeightsAndAGate() throws IOException {
        PlanFiles.Result r = read();
        assertEquals(List.of(), r.problems().errors());
        Plan plan = r.plan();
        Objective gate = plan.unit("SEG").orElseThrow().objectives().get(0);
        assertEquals(Objective.GATE, gate.tags().get(Objective.TAG_GATE));
        assertNull(gate.weight());
        assertEquals(List.of(60.0, 40.0), plan.unit("SEG").orElseThrow().objectives().stream().skip(1)
                .map(Objective::weight).toList());
        assertEquals(List.of(70.0, 30.0), plan.unit("TEC").orElseThrow().objectives().stream()
                .map(Objective::weight).toList());
        assertEquals(13, r.proposed().size(), "every indicator's type was proposed");
    }

    @Test
    void proposalsAndTheirReviews() throws IOException {
        Plan plan = read().plan();
        expect(plan, "SEG-01.1", "traguardo", Values.of("scadenza", LocalDate.of(2025, 6, 30)), false);
        expect(plan, "SEG-02.1", "rapporto", Values.of("target", 70), true);
        expect(plan, "SEG-02.2", "conteggio", Values.of("soglia", 8, "aggregazione", "ultimo"), false);
        expect(plan, "SEG-03.1", "conteggio", Values.of("soglia", 4), false);
        expect(plan, "SEG-03.2", "rapporto", Values.empty(), true);
        expect(plan, "TEC-01.1", "conteggio", Values.of("soglia", 48), true);
        expect(plan, "TEC-01.2", "traguardo", Values.of("scadenza", LocalDate.of(2025, 6, 30)), false);
        expect(plan, "TEC-02.1", "rapporto", Values.of("target", 65), true);
        expect(plan, "TEC-02.2", "ricorrente", Values.of("periodicita", "mensile"), false);
        expect(plan, "TEC-02.3", "traguardo", Values.of("scadenza", LocalDate.of(2025, 12, 31)), true);
        expect(plan, "SOC-01.1", "rapporto", Values.of("target", 90), false);
        expect(plan, "SOC-01.2", "traguardo", Values.of("scadenza", LocalDate.of(2026, 12, 31)), true);
        expect(plan, "SOC-02.1", "traguardo", Values.of("scadenza", LocalDate.of(2024, 12, 31)), true);
        assertTrue(plan.indicator("SEG-03.2").orElseThrow().review().contains("target mancante"));
        assertTrue(plan.indicator("SEG-02.1").orElseThrow().review().contains("85"), "the other bound is kept");
        assertTrue(plan.indicator("TEC-01.1").orElseThrow().review().contains("2"), "the second target is named");
        assertTrue(plan.indicator("SOC-02.1").orElseThrow().review().contains("fuori dagli anni del piano"));
    }

    @Test
    void theParsersOwnGuessIsAWarningNotAnError() throws IOException {
        PlanFiles.Result r = read();
        List<String> warnings = r.problems().warnings().stream().map(ImportProblem::toString).toList();
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("comune-valdoria-2025.csv:19:Tempi: la scadenza"
                + " 2024-12-31 di SOC-02.1")), warnings.toString());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(PlanFormat.class)
    void theProposalsAndTheGateRoundTrip(PlanFormat format) throws IOException {
        Plan plan = read().plan();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        files.write(plan, format, out);
        PlanFiles.Result again = files.read("valdoria." + format.id(), format, out.toByteArray(), PlanBuilder.NONE);
        assertEquals(List.of(), again.problems().errors());
        assertEquals(plan, again.plan());
        assertEquals(List.of(), again.proposed(), "exported with their types: nothing left to propose");
    }

    @Test
    void aGateInYaml() {
        String yaml = """
                formato: albero-piano/1
                ente: {codice: c, nome: Comune}
                piano: {codice: P, titolo: T, anno_inizio: 2025, anno_fine: 2025, anno_riferimento: 2025}
                unita:
                  - codice: U
                    nome: Unità
                    tipo: settore
                    obiettivi:
                      - codice: U-01
                        titolo: Prerequisito
                        peso: X
                        indicatori:
                          - {codice: U-01.1, strumento: s, risultato_atteso: "Delibera di approvazione", tempi: "2025"}
                """;
        PlanFiles.Result r = files.read("p.yaml", PlanFormat.YAML, yaml.getBytes(StandardCharsets.UTF_8),
                PlanBuilder.NONE);
        assertEquals(List.of(), r.problems().errors());
        Objective o = r.plan().unit("U").orElseThrow().objectives().get(0);
        assertEquals(Objective.GATE, o.tags().get(Objective.TAG_GATE));
        assertNull(o.weight());
    }

    @Test
    void aWeightOnARowWithoutIndicatorButWithOtherCellsSaysWhatToDo() {
        PlanFiles.Result r = csv(ROW + "U-01 - Uno;;;70%;;2;;\n" + ROW + "U-01 - Uno;;U-01.1 - a;70%;2025;;;\n");
        assertEquals(1, r.problems().errors().size(), r.problems().errors().toString());
        ImportProblem e = r.problems().errors().get(0);
        assertEquals("Risultato atteso", e.column(), "the column the user filled");
        assertTrue(e.reason().contains("usare 'Peso obiettivo'"), e.reason());
    }

    private static void expect(Plan plan, String code, String type, Values parameters, boolean flagged) {
        Indicator i = plan.indicator(code).orElseThrow();
        assertEquals(type, i.typeId(), code);
        Values actual = i.parameters();
        if ("traguardo".equals(type)) {
            actual = Values.of("scadenza", actual.requireDate("scadenza"));
        }
        assertEquals(parameters, actual, code);
        assertEquals(flagged, i.review() != null, code + ": " + i.review());
    }

    // ------------------------------------------------------------------------------------------ weights as plans write them

    private static final String HEAD = "Ente;Piano;Anno inizio;Anno fine;Anno di riferimento;Settore;Obiettivo;Fase;"
            + "Indicatore;Risultato atteso;Tempi;Peso;Tipo;Parametri\n";
    private static final String ROW = "c - Comune;P - Piano;2025;2027;2025;U - Unità;";

    private PlanFiles.Result csv(String rows) {
        return files.read("p.csv", PlanFormat.CSV, (HEAD + rows).getBytes(StandardCharsets.UTF_8), PlanBuilder.NONE);
    }

    @Test
    void aWeightOnTheObjectiveRowIsTheObjectivesWeight() {
        PlanFiles.Result r = csv(ROW + "U-01 - Uno;;;;;2,5;;\n" + ROW + "U-01 - Uno;;U-01.1 - a;70%;2025;;;\n");
        assertEquals(List.of(), r.problems().errors());
        assertEquals(2.5, r.plan().unit("U").orElseThrow().objectives().get(0).weight());
    }

    @Test
    void aGateWeightOnAnIndicatorSaysWhereItBelongs() {
        PlanFiles.Result r = csv(ROW + "U-01 - Uno;;U-01.1 - a;70%;2025;X;;\n");
        List<String> errors = r.problems().errors().stream().map(ImportProblem::toString).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("p.csv:2:Peso: peso 'X' di U-01.1: un cancello (X) vale per un obiettivo"),
                errors.toString());
    }

    @Test
    void mixedWeightsAreAWarning() {
        PlanFiles.Result r = csv(ROW + "U-01 - Uno;;U-01.1 - a;70%;2025;2;;\n" + ROW + "U-01 - Uno;;U-01.2 - b;80%;2025;;;\n");
        assertEquals(List.of(), r.problems().errors());
        assertTrue(r.problems().warnings().stream().anyMatch(w -> w.reason().startsWith("pesi misti: gli indicatori"
                + " di U-01 hanno 1 pesi su 2")), r.problems().warnings().toString());
    }

    @Test
    void aDateTheFileGivesOutsideThePlanIsStillAnError() {
        PlanFiles.Result r = csv(ROW + "U-01 - Uno;;U-01.1 - a;x;2025;;traguardo;{scadenza: 2030-01-01}\n");
        assertEquals(1, r.problems().errors().size(), r.problems().errors().toString());
        assertEquals("Parametri", r.problems().errors().get(0).column(), "the column the user filled");
    }

    @Test
    void errorsComeInRowOrder() {
        PlanFiles.Result r = csv(ROW + "U-01 - Uno;;U-01.1 - a;70%;2025;-1;;\n" + ROW + "U-01 - Uno;;U-01.1 - b;70%;2025;;;\n"
                + ROW + "U-02 - Due;;U-02.1 - c;x;2025;;traguardo;{scadenza: 2030-01-01}\n");
        List<Integer> rows = r.problems().errors().stream().map(ImportProblem::row).toList();
        assertEquals(3, rows.size(), r.problems().errors().toString());
        assertEquals(rows.stream().sorted().toList(), rows);
        assertEquals(new BigDecimal("2"), BigDecimal.valueOf(rows.get(0)));
    }
}
