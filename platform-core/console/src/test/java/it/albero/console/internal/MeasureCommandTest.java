package it.albero.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How {@code albero:measure} reads options written before or after the {@code name=value} pairs. */
class MeasureCommandTest {

    @Test
    void optionsAfterTheValuesAreTakenOutOfThem() {
        // what Karaf leaves in the multi-valued argument for
        // albero:measure ENT-01.1 2025-06-30 emessi=12 da_emettere=15 --evidence 'Determina ...' --note 'primo semestre'
        MeasureCommand.Parsed p = MeasureCommand.split(List.of("emessi=12", "da_emettere=15", "--evidence",
                "Determina n. 123 del 12/05/2025", "--note", "primo semestre"), null, null, null, null, null);
        assertEquals(List.of("emessi=12", "da_emettere=15"), p.values());
        assertEquals("Determina n. 123 del 12/05/2025", p.evidence());
        assertEquals("primo semestre", p.note());
        assertNull(p.plan());
    }

    @Test
    void optionsBeforeTheValuesComeFromKaraf() {
        MeasureCommand.Parsed p = MeasureCommand.split(List.of("emessi=12", "da_emettere=15"),
                "Determina n. 123 del 12/05/2025", "primo semestre", "cesano-boscone/PIAO-2025", null, null);
        assertEquals(List.of("emessi=12", "da_emettere=15"), p.values());
        assertEquals("Determina n. 123 del 12/05/2025", p.evidence());
        assertEquals("primo semestre", p.note());
        assertEquals("cesano-boscone/PIAO-2025", p.plan());
    }

    @Test
    void shortNamesInlineTextAndMixedPlaces() {
        MeasureCommand.Parsed p = MeasureCommand.split(List.of("-e", "Delibera n. 45", "valore=3",
                "--plan=cesano-boscone/PIAO-2025", "-n", "nota", "altro=x"), null, null, null, null, null);
        assertEquals(List.of("valore=3", "altro=x"), p.values());
        assertEquals("Delibera n. 45", p.evidence());
        assertEquals("nota", p.note());
        assertEquals("cesano-boscone/PIAO-2025", p.plan());
        // a note before the arguments (Karaf) and evidence after them
        MeasureCommand.Parsed mixed = MeasureCommand.split(List.of("valore=3", "--evidence", "Verbale 7"),
                null, "nota prima", null, null, null);
        assertEquals("Verbale 7", mixed.evidence());
        assertEquals("nota prima", mixed.note());
    }

    @Test
    void valuesThatLookLikeOptionsStayValues() {
        MeasureCommand.Parsed p = MeasureCommand.split(List.of("valore=-5", "atto=--bozza--"), null, null, null, null,
                null);
        assertEquals(List.of("valore=-5", "atto=--bozza--"), p.values());
        assertEquals(Map.of("valore", "-5", "atto", "--bozza--"), MeasureCommand.pairs(p.values()));
    }

    @Test
    void mistakesGetOneItalianLine() {
        assertEquals("Opzione --note indicata due volte.", assertThrows(CommandError.class,
                () -> MeasureCommand.split(List.of("valore=1", "--note", "b"), null, "a", null, null, null)).getMessage());
        assertEquals("Opzione --evidence indicata due volte.", assertThrows(CommandError.class,
                () -> MeasureCommand.split(List.of("valore=1", "-e", "a", "--evidence", "b"), null, null, null, null, null))
                .getMessage());
        assertEquals("Manca il testo dopo --note.", assertThrows(CommandError.class,
                () -> MeasureCommand.split(List.of("valore=1", "--note"), null, null, null, null, null)).getMessage());
        assertEquals("Opzione sconosciuta '--nota': ammesse --evidence (-e), --note (-n), --plan (-p),"
                + " --ente, --corregge (-c).",
                assertThrows(CommandError.class,
                        () -> MeasureCommand.split(List.of("valore=1", "--nota", "x"), null, null, null, null, null))
                        .getMessage());
    }

    @Test
    void enteAfterTheValues() {
        MeasureCommand.Parsed p = MeasureCommand.split(List.of("valore=3", "--ente", "C0002", "-p", "PIAO-2025"),
                null, null, null, null, null);
        assertEquals("C0002", p.ente());
        assertEquals("PIAO-2025", p.plan());
        assertEquals(List.of("valore=3"), p.values());
        assertEquals("Opzione --ente indicata due volte.", assertThrows(CommandError.class,
                () -> MeasureCommand.split(List.of("valore=1", "--ente", "B"), null, null, null, null, "A"))
                .getMessage());
    }
}
