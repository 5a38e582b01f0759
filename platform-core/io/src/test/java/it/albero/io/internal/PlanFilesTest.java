package it.albero.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import it.albero.api.io.ImportProblem;
import it.albero.api.io.PlanFormat;
import it.albero.api.model.Indicator;
import it.albero.api.model.Plan;
import it.albero.api.model.Timing;
import it.albero.api.model.UnitKind;
import it.albero.api.model.Values;

class PlanFilesTest {

    private final PlanFiles files = new PlanFiles(new ItalianParser());

    static byte[] resource(String name) throws IOException {
        try (InputStream in = PlanFilesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }

    private Plan fixture() throws IOException {
        PlanFiles.Result r = files.read("piccolo.yaml", PlanFormat.YAML, resource("fixtures/piccolo.yaml"),
                PlanBuilder.NONE);
        assertEquals(List.of(), r.problems().errors());
        return r.plan();
    }

    private byte[] write(Plan plan, PlanFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.write(plan, format, out);
        return out.toByteArray();
    }

    @Test
    void readsTheNativeFormat() throws IOException {
        Plan plan = fixture();
        assertEquals("comune-di-prova", plan.ente().code());
        assertEquals(2025, plan.referenceYear());
        assertEquals(List.of("ENT", "PL", "TRA"), plan.units().stream().map(u -> u.code()).toList());
        assertEquals(UnitKind.TRASVERSALE, plan.units().get(2).kind());
        assertEquals(8, plan.indicators().size());
        assertEquals(2.0, plan.units().get(0).objectives().get(0).weight());
        assertEquals("J11B21005500006", plan.units().get(1).objectives().get(0).tags().get("cup"));
        Indicator given = plan.indicator("ENT-01.1").orElseThrow();
        assertEquals("rapporto", given.typeId());
        assertEquals(Values.of("target", 100), given.parameters());
        assertTrue(given.timing() instanceof Timing.Period);
        // without tipo: proposed by the parser
        Indicator proposed = plan.indicator("ENT-01.2").orElseThrow();
        assertEquals("rapporto", proposed.typeId());
        assertEquals(Values.of("target", 80), proposed.parameters());
        assertEquals(0.5, proposed.weight());
        assertEquals("scadenza-graduata", plan.indicator("ENT-02.1").orElseThrow().typeId());
        assertEquals("ricorrente", plan.indicator("TRA-01.1").orElseThrow().typeId());
        Indicator relative = plan.indicator("TRA-01.2").orElseThrow();
        assertEquals("scadenza-relativa", relative.typeId());
        assertEquals(Values.of("soglia", 50, "confronto", ">", "finestra",
                        Values.of("da", LocalDate.of(2025, 5, 1), "a", LocalDate.of(2025, 9, 30))),
                plan.indicator("PL-01.1").orElseThrow().parameters());
        assertEquals("ENT-02a", plan.units().get(0).objectives().get(1).phases().get(0).code());
    }

    @ParameterizedTest
    @EnumSource(PlanFormat.class)
    void exportThenImportGivesBackTheSamePlan(PlanFormat format) throws IOException {
        Plan plan = fixture();
        byte[] bytes = write(plan, format);
        PlanFiles.Result again = files.read("export." + format.id(), format, bytes, PlanBuilder.NONE);
        assertEquals(List.of(), again.problems().errors(), new String(bytes, StandardCharsets.UTF_8));
        assertEquals(plan, again.plan());
        // and a second export is byte for byte the first (deterministic files, readable diffs)
        if (format != PlanFormat.XLSX) {
            assertEquals(new String(bytes, StandardCharsets.UTF_8), new String(write(again.plan(), format),
                    StandardCharsets.UTF_8));
        }
    }

    @Test
    void csvHasTheItalianHeadersExcelStyle() throws IOException {
        String csv = new String(write(fixture(), PlanFormat.CSV), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFEnte;Settore;Obiettivo;Fase;Indicatore;Risultato atteso;Tempi;Peso;Tipo;"
                + "Parametri;"), csv.lines().findFirst().orElse(""));
        assertTrue(csv.contains("ENT-01.1 - n. avvisi emessi / n. avvisi da emettere"), csv);
        assertTrue(csv.contains("{target: 100}"), csv);
    }

    @Test
    void csvWithCommasWithoutBomAndOnlyTheRequiredColumns() {
        String csv = "Ente,Settore,Obiettivo,Fase,Indicatore,Risultato atteso,Tempi,Peso,Tipo,Parametri\r\n"
                + "comune-x - Comune X,ENT - Settore Entrate,ENT-01 - Recupero evasione,,ENT-01.1 - avvisi emessi,"
                + "\"almeno 1.000 avvisi, entro il 30.09.2025\",entro il 30.09.2025,,,\r\n";
        PlanFiles.Result r = files.read("x.csv", PlanFormat.CSV, csv.getBytes(StandardCharsets.UTF_8),
                PlanBuilder.NONE);
        // plan code and years are not in the ten columns: they are required
        assertNull(r.plan());
        assertEquals(List.of("x.csv:0:-: manca il codice del piano", "x.csv:0:-: manca il titolo del piano",
                "x.csv:0:-: manca l'anno di inizio", "x.csv:0:-: manca l'anno di fine",
                "x.csv:0:-: manca l'anno di riferimento"), r.problems().errors().stream().map(Object::toString)
                .toList());
        String full = csv.replace("Parametri\r\n", "Parametri,Piano,Anno inizio,Anno fine,Anno di riferimento\r\n")
                .replace(",,,\r\n", ",,,,PIAO-2025 - Piano 2025,2025,2027,2025\r\n");
        r = files.read("x.csv", PlanFormat.CSV, full.getBytes(StandardCharsets.UTF_8), PlanBuilder.NONE);
        assertEquals(List.of(), r.problems().errors());
        Indicator i = r.plan().indicator("ENT-01.1").orElseThrow();
        assertEquals("conteggio", i.typeId());
        assertEquals(Values.of("soglia", 1000), i.parameters());
        assertEquals(new Timing.ByDate("entro il 30.09.2025", LocalDate.of(2025, 9, 30)), i.timing());
    }

    @Test
    void everyErrorIsListedWithRowAndColumn() {
        String csv = "\uFEFFEnte;Settore;Obiettivo;Fase;Indicatore;Risultato atteso;Tempi;Peso;Tipo;Parametri;Piano;"
                + "Anno inizio;Anno fine;Anno di riferimento\n"
                + "comune-x - Comune X;ENT - Entrate;ENT-01 - Ob;;ENT-01.1 - a;70%;annuale;;;;P-1 - Piano;2025;2027;2025\n"
                + "comune-x - Comune X;ENT - Entrate;ENT-01 - Ob;;ENT-01.1 - b;70%;annuale;;;;P-1 - Piano;2025;2027;2025\n"
                + "comune-x - Comune X;ENT - Entrate;ENT-01 - Ob;;ENT-01.2 - c;x;annuale;-1;traguardo;"
                + "{scadenza: 2030-01-01};P-1 - Piano;2025;2027;2025\n"
                + "comune-x - Comune X;Entrate senza codice;ENT-02 - Ob;;ENT-02.1 - d;x;annuale;;;{target: ;"
                + "P-1 - Piano;2025;2027;2025\n"
                + "comune-x - Comune X;ENT - Entrate;ENT-03 - Ob;;ENT-03.1 - e;x;annuale;;;{a: 1};P-1 - Piano;2025;2027;2025\n";
        PlanFiles.Result r = files.read("errori.csv", PlanFormat.CSV, csv.getBytes(StandardCharsets.UTF_8),
                PlanBuilder.NONE);
        assertNull(r.plan());
        List<String> errors = r.problems().errors().stream().map(ImportProblem::toString).toList();
        assertTrue(errors.contains("errori.csv:3:Indicatore: codice 'ENT-01.1' duplicato: già usato alla riga 2,"
                + " colonna Indicatore (i codici sono unici nel piano)"), errors.toString());
        assertTrue(errors.contains("errori.csv:4:Peso: il peso non può essere negativo: -1"), errors.toString());
        assertTrue(errors.contains("errori.csv:4:Parametri: la data 2030-01-01 ('scadenza') di ENT-01.2 è fuori"
                + " dal piano (2025-2027)"), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("errori.csv:5:Settore: manca il codice")),
                errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("errori.csv:5:Settore: manca il settore")),
                errors.toString());
        assertEquals(5, errors.size(), errors.toString());
    }

    @Test
    void yamlErrorsCarryLineAndColumn() {
        String yaml = """
                formato: albero-piano/1
                ente: {codice: Comune X, nome: Comune X}
                piano: {codice: P, titolo: T, anno_inizio: 2025, anno_fine: 2024, anno_riferimento: 2025}
                unita:
                  - codice: ENT
                    nome: Entrate
                    tipo: reparto
                    obiettivi:
                      - codice: ENT-01
                        indicatori:
                          - codice: ENT-01.1
                            strumento: s
                            tempi: annuale
                            tipo: rapporto
                            parametri: {target: 70}
                            colore: rosso
                          - codice: ENT-01.1
                            risultato_atteso: r
                """;
        PlanFiles.Result r = files.read("p.yaml", PlanFormat.YAML, yaml.getBytes(StandardCharsets.UTF_8),
                PlanBuilder.NONE);
        assertNull(r.plan());
        List<String> errors = r.problems().errors().stream().map(ImportProblem::toString).toList();
        // issue 13: in row order, whatever the order in which they were found
        assertEquals(List.of(
                "p.yaml:2:16: codice dell'ente 'Comune X' non valido: lettere minuscole, cifre e trattini"
                        + " (es. cesano-boscone)",
                "p.yaml:3:61: l'anno di fine 2024 precede l'anno di inizio 2025",
                "p.yaml:7:11: tipo di unità sconosciuto: 'reparto' (ammessi: settore, ufficio, trasversale)",
                "p.yaml:9:9: manca il titolo dell'obiettivo ENT-01",
                "p.yaml:16:13: chiave 'colore' sconosciuta in un indicatore (ammesse: codice, parametri, peso,"
                        + " revisione, risultato_atteso, strumento, tempi, tipo)",
                "p.yaml:17:21: codice 'ENT-01.1' duplicato: già usato alla riga 11, colonna 21 (i codici sono"
                        + " unici nel piano)"), errors);
    }

    @Test
    void yamlSyntaxErrorHasItsMark() {
        PlanFiles.Result r = files.read("rotto.yaml", PlanFormat.YAML,
                "formato: albero-piano/1\nente: [\n".getBytes(StandardCharsets.UTF_8), PlanBuilder.NONE);
        assertEquals(1, r.problems().errors().size());
        assertTrue(r.problems().errors().get(0).toString().startsWith("rotto.yaml:3:1: YAML non valido"),
                r.problems().errors().toString());
    }

    @Test
    void installedTypesValidateUnknownOnesWarn() throws IOException {
        PlanBuilder.TypeValidation types = i -> i.typeId().equals("rapporto")
                ? Optional.of(i.parameters().has("target") ? List.of() : List.of(i.code() + ": manca 'target'"))
                : Optional.empty();
        PlanFiles.Result ok = files.read("piccolo.yaml", PlanFormat.YAML, resource("fixtures/piccolo.yaml"), types);
        assertNotNull(ok.plan());
        assertTrue(ok.problems().warnings().stream().anyMatch(w -> w.toString().contains(
                "tipo 'polizia-locale.zero-rapine' di PL-01.2 non installato (modulo 'polizia-locale')")),
                ok.problems().warnings().toString());
        String bad = new String(resource("fixtures/piccolo.yaml"), StandardCharsets.UTF_8)
                .replace("parametri: {target: 100}", "parametri: {obiettivo: 100}");
        PlanFiles.Result ko = files.read("piccolo.yaml", PlanFormat.YAML, bad.getBytes(StandardCharsets.UTF_8), types);
        assertNull(ko.plan());
        assertEquals(List.of("piccolo.yaml:28:24: ENT-01.1: manca 'target'"),
                ko.problems().errors().stream().map(Object::toString).toList());
    }

    @Test
    void csvSemicolonDetection() {
        assertEquals(';', CsvPlanFile.delimiter("Ente;Settore;\"a,b,c\";x"));
        assertEquals(',', CsvPlanFile.delimiter("Ente,Settore,\"a;b;c\",x"));
        assertFalse(CsvPlanFile.delimiter("") == ',');
    }
}
