package it.albero.types.internal;

import static it.albero.types.internal.Fixture.eval;
import static it.albero.types.internal.Fixture.expect;
import static it.albero.types.internal.Fixture.indicator;
import static it.albero.types.internal.Fixture.ms;
import static it.albero.types.internal.Fixture.yearly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import it.albero.api.model.Indicator;
import it.albero.api.model.Status;
import it.albero.api.model.Values;

class ScheduleTypeTest {

    private final ScheduleType type = new ScheduleType();

    /** Award by 30 April, SAL 1 by 30 June, end of works by 31 October, CRE by 29 February 2028 (leap day). */
    private static Indicator works() {
        return indicator("cronoprogramma", yearly(), Values.of("fasi", List.of(
                Map.of("nome", "Aggiudicazione", "scadenza", "2025-04-30"),
                Map.of("nome", "SAL 1", "scadenza", "2025-06-30"),
                Map.of("nome", "Fine lavori", "scadenza", "2025-10-31"),
                Map.of("nome", "CRE", "scadenza", "2025-12-31"))));
    }

    private static final String ALL_ON_TIME = "2025-04-30 fase=Aggiudicazione data=2025-04-30; 2025-06-15 fase=SAL_1"
            + " data=2025-06-15; 2025-10-01 fase=fine_lavori data=2025-10-01; 2025-12-20 fase=CRE data=2025-12-20";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            all on time (deadline day, case) | 2025-12-31 | ALL | RAGGIUNTO | 1.0 | false
            one late                    | 2025-12-31 | 2025-05-10 fase=Aggiudicazione data=2025-05-10; 2025-06-15 fase=SAL_1 data=2025-06-15; 2025-10-01 fase=Fine_lavori data=2025-10-01; 2025-12-20 fase=CRE data=2025-12-20 | PARZIALMENTE_RAGGIUNTO | 0.75 | false
            two missing                 | 2025-12-31 | 2025-04-20 fase=Aggiudicazione data=2025-04-20; 2025-06-15 fase=SAL_1 data=2025-06-15 | PARZIALMENTE_RAGGIUNTO | 0.5 | false
            none done                   | 2025-12-31 |                         | DATI_MANCANTI | | false
            nothing due yet             | 2025-03-01 |                         | NON_ANCORA_DOVUTO | | false
            nothing due, last stretch   | 2025-04-25 |                         | NON_ANCORA_DOVUTO | | true
            first on time, rest open    | 2025-05-15 | 2025-04-20 fase=Aggiudicazione data=2025-04-20 | IN_CORSO | 1.0 | false
            past-due phase not done     | 2025-07-15 | 2025-04-20 fase=Aggiudicazione data=2025-04-20 | IN_CORSO | 0.5 | true
            done early before its date  | 2025-03-01 | 2025-02-20 fase=Aggiudicazione data=2025-02-20 | IN_CORSO | 1.0 | false
            unknown phase ignored       | 2025-12-31 | 2025-04-20 fase=Collaudo data=2025-04-20 | NON_RAGGIUNTO | 0.0 | false
            """)
    void evaluates(String name, String asOf, String measurements, Status status, Double score, boolean risk) {
        assertTrue(type.validate(works()).isEmpty(), type.validate(works()).toString());
        String spec = "ALL".equals(measurements) ? ALL_ON_TIME : measurements;
        expect(eval(type, works(), asOf, ms(spec)), status, score, risk);
    }

    @Test
    void explainsThePhases() {
        String text = eval(type, works(), "2025-12-31", ms("2025-05-10 fase=Aggiudicazione data=2025-05-10;"
                + " 2025-06-15 fase=SAL_1 data=2025-06-15; 2025-06-16 fase=Collaudo data=2025-06-16")).explanation();
        assertEquals("Fasi completate nei tempi: 1 su 4; in ritardo: Aggiudicazione (10/05/2025, scadenza 30/04/2025);"
                + " non completate: Fine lavori (scadenza 31/10/2025), CRE (scadenza 31/12/2025); rilevazioni di fasi"
                + " sconosciute ignorate: Collaudo.", text);
    }

    @Test
    void explainsTheProvisionalScore() {
        assertEquals("Fasi completate nei tempi: 1 su 4; non completate: SAL 1 (scadenza 30/06/2025); da completare:"
                + " Fine lavori entro il 31/10/2025, CRE entro il 31/12/2025; provvisoriamente 50% delle fasi già"
                + " scadute o completate.", eval(type, works(), "2025-07-15",
                ms("2025-04-20 fase=Aggiudicazione data=2025-04-20")).explanation());
    }

    @Test
    void aLeapDayPhase() {
        Indicator leap = indicator("cronoprogramma", yearly(), Values.of("fasi", List.of(
                Map.of("nome", "Avvio", "scadenza", "2028-02-29"))));
        expect(eval(type, leap, Fixture.d("2028-03-01"), ms("2028-02-29 fase=Avvio data=2028-02-29"), Map.of()),
                Status.RAGGIUNTO, 1.0, false);
        expect(eval(type, leap, Fixture.d("2028-03-01"), ms("2028-03-01 fase=Avvio data=2028-03-01"), Map.of()),
                Status.NON_RAGGIUNTO, 0.0, false);
    }

    @Test
    void validates() {
        assertEquals(1, type.validate(indicator("cronoprogramma", yearly(), Values.of("fasi", List.of()))).size());
        assertEquals(1, type.validate(indicator("cronoprogramma", yearly(), Values.of("fasi", List.of(
                Map.of("nome", "A", "scadenza", "2025-04-30"), Map.of("nome", " a ", "scadenza", "2025-05-30"))))).size());
        assertEquals(1, type.validate(indicator("cronoprogramma", yearly(), Values.of("fasi", List.of(
                Map.of("nome", "A"))))).size());
        assertEquals(1, type.validate(indicator("cronoprogramma", yearly(), Values.of("fasi", List.of("A")))).size());
    }
}
