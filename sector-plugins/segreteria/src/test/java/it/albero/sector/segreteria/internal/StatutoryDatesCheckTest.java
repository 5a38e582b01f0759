package it.albero.sector.segreteria.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import it.albero.api.model.Indicator;
import it.albero.api.model.Values;
import it.albero.api.spi.Finding;
import it.albero.testing.TypeFixtures;

/** The seed's PIAO twice (TRA1-03.1 by March, SEG-13.2 by June), both after the law's 31 January. */
class StatutoryDatesCheckTest {

    private static final TypeFixtures FIXTURES = new TypeFixtures("SEG", "Segreteria Generale");

    @Test
    void findsPlanDatesAfterTheLawAndTheSameDutyTwice() {
        Indicator tra = FIXTURES.indicator("TRA1-03.1", StatutoryDutyType.ID, Values.of("adempimento", "piao", "scadenza", "2025-03-31"));
        Indicator seg = FIXTURES.indicator("SEG-13.2", StatutoryDutyType.ID, Values.of("adempimento", "piao", "scadenza", "2025-06-30"));
        Indicator rel = FIXTURES.indicator("SEG-13.3", StatutoryDutyType.ID, Values.of("adempimento", "relazione-performance",
                "scadenza", "2025-06-30"));
        Indicator oiv = FIXTURES.indicator("SEG-06.1", StatutoryDutyType.ID, Values.of("adempimento", "attestazione-oiv"));
        List<Finding> found = new StatutoryDatesCheck().check(FIXTURES.checkContext(SegreteriaModule.ID, Map.of(),
                Map.of("SEG-13.3", List.of(TypeFixtures.mOf("SEG-13.3", "2025-07-04", "atto", "Delibera GC n. 90"))), "2025-07-10",
                tra, seg, rel, oiv));
        assertEquals(List.of(
                "TRA1-03.1 avviso: PIAO (con la sezione anticorruzione e trasparenza): la scadenza del piano (31/03/2025) è oltre il"
                        + " termine di legge del 31/01/2025 (art. 6 c. 1 D.L. 80/2021).",
                "SEG-13.2 avviso: PIAO (con la sezione anticorruzione e trasparenza): la scadenza del piano (30/06/2025) è oltre il"
                        + " termine di legge del 31/01/2025 (art. 6 c. 1 D.L. 80/2021).",
                "SEG-13.2 avviso: PIAO (con la sezione anticorruzione e trasparenza): previsto anche da TRA1-03.1 con scadenza"
                        + " 31/03/2025, qui 30/06/2025: scadenze diverse per lo stesso adempimento.",
                "SEG-13.3 avviso: Relazione sulla performance: adempiuto il 04/07/2025, 4 giorni dopo il termine di legge del 30/06/2025.",
                "SEG-06.1 info: attestazione OIV degli obblighi di trasparenza: il termine non è fissato dalla legge (art. 14 c. 4"
                        + " lett. g D.Lgs. 150/2009, termine fissato dall'ANAC): indicare la data dell'anno ('termine')."),
                found.stream().map(f -> f.location() + " " + f.severity().label() + ": " + f.message()).toList());
    }
}
