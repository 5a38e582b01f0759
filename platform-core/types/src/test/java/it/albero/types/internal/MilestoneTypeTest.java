package it.albero.types.internal;

import static it.albero.types.internal.Fixture.byDate;
import static it.albero.types.internal.Fixture.eval;
import static it.albero.types.internal.Fixture.expect;
import static it.albero.types.internal.Fixture.indicator;
import static it.albero.types.internal.Fixture.ms;
import static it.albero.types.internal.Fixture.values;
import static it.albero.types.internal.Fixture.yearly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Status;
import it.albero.api.model.Timing;
import it.albero.api.model.Values;

class MilestoneTypeTest {

    private final MilestoneType type = new MilestoneType();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            done on time              | scadenza=2025-12-31 | 2025-12-31 | 2025-05-12 data=2025-05-12 | RAGGIUNTO | 1.0 | false
            done on the deadline day  | scadenza=2025-12-31 | 2026-01-31 | 2025-12-31 data=2025-12-31 | RAGGIUNTO | 1.0 | false
            done one day late         | scadenza=2025-12-31 | 2026-01-31 | 2026-01-01 data=2026-01-01 | NON_RAGGIUNTO | 0.0 | false
            the earliest counts       | scadenza=2025-06-30 | 2025-12-31 | 2025-06-01 data=2025-06-01; 2025-07-10 data=2025-07-10 | RAGGIUNTO | 1.0 | false
            completion date is data   | scadenza=2025-06-30 | 2025-12-31 | 2025-07-10 data=2025-06-20 | RAGGIUNTO | 1.0 | false
            not yet done, early       | scadenza=2025-12-31 | 2025-06-30 |                            | NON_ANCORA_DOVUTO | | false
            not yet done, last stretch| scadenza=2025-12-31 | 2025-12-15 |                            | NON_ANCORA_DOVUTO | | true
            not done on the day       | scadenza=2025-12-31 | 2025-12-31 |                            | DATI_MANCANTI | | false
            not done after            | scadenza=2025-12-31 | 2026-03-01 |                            | DATI_MANCANTI | | false
            completion in the future  | scadenza=2025-12-31 | 2025-06-30 | 2025-06-30 data=2025-09-01 | NON_ANCORA_DOVUTO | | false
            leap day deadline         | scadenza=2028-02-29 | 2028-03-01 | 2028-02-29 data=2028-02-29 | RAGGIUNTO | 1.0 | false
            the timing's deadline     |                     | 2025-12-31 | 2025-10-01 data=2025-10-01 | RAGGIUNTO | 1.0 | false
            """)
    void evaluates(String name, String params, String asOf, String measurements, Status status, Double score,
                   boolean risk) {
        Indicator ind = indicator("traguardo", Fixture.byDate("2025-12-31"), values(params));
        assertTrue(type.validate(ind).isEmpty(), type.validate(ind).toString());
        expect(eval(type, ind, asOf, ms(measurements)), status, score, risk);
    }

    @Test
    void theActIsTheEvidence() {
        Indicator ind = indicator("traguardo", yearly(), values("scadenza=2025-12-31 atto=Delibera_di_approvazione"));
        Measurement m = Measurement.of("X-01.1", LocalDate.of(2025, 5, 12),
                Values.of("data", LocalDate.of(2025, 5, 12), "atto", "Delibera n. 45 del 12/05/2025"), "t");
        assertEquals("Delibera n. 45 del 12/05/2025 adottata il 12/05/2025, entro la scadenza del 31/12/2025.",
                eval(type, ind, "2025-12-31", List.of(m)).explanation());
        Measurement withEvidence = new Measurement(1, "X-01.1", LocalDate.of(2026, 1, 3),
                Values.of("data", LocalDate.of(2026, 1, 3)), "Verbale n. 3 del 03/01/2026", null, "t", null);
        assertEquals("Verbale n. 3 del 03/01/2026 adottato il 03/01/2026, oltre la scadenza del 31/12/2025"
                + " (3 giorni di ritardo).", eval(type, ind, "2026-01-31", List.of(withEvidence)).explanation());
        Evaluation missing = eval(type, ind, "2026-01-31", List.of());
        assertEquals("Nessuna rilevazione di completamento: delibera di approvazione non risulta adottata entro la"
                + " scadenza del 31/12/2025.", missing.explanation());
    }

    /** Issue 13: the act a plan gives may be a number or a formula; the explanation is still a sentence. */
    @Test
    void anActThatIsNotASubjectIsQuoted() {
        Indicator ind = indicator("traguardo", yearly(), Values.of("scadenza", LocalDate.of(2025, 12, 31), "atto", "100"));
        assertEquals("Nessuna rilevazione di completamento: traguardo non risulta completato (atto atteso: «100») entro"
                + " la scadenza del 31/12/2025.", eval(type, ind, "2026-01-31", List.of()).explanation());
        assertEquals("Traguardo non ancora completato (atto atteso: «100»); scadenza 31/12/2025.",
                eval(type, ind, "2025-06-30", List.of()).explanation());
        Measurement m = Measurement.of("X-01.1", LocalDate.of(2025, 5, 12), Values.of("data", LocalDate.of(2025, 5, 12)),
                "t");
        assertEquals("Traguardo completato (atto atteso: «100») il 12/05/2025, entro la scadenza del 31/12/2025.",
                eval(type, ind, "2025-12-31", List.of(m)).explanation());
        Indicator formula = indicator("traguardo", yearly(), Values.of("atto", "N. pratiche / N. istanze"));
        assertTrue(eval(type, formula, "2026-01-31", List.of()).explanation().contains("(atto atteso: «N. pratiche"
                + " / N. istanze»)"));
    }

    /** Issue 13: milestones and ratios alike at year end, the missing-data policy of the roll-up decides. */
    @Test
    void nothingRecordedAfterTheDeadlineIsMissingDataLikeARatio() {
        Indicator milestone = indicator("traguardo", yearly(), Values.of("scadenza", LocalDate.of(2025, 12, 31)));
        Indicator ratio = indicator("rapporto", yearly(), Values.of("target", 100));
        assertEquals(Status.DATI_MANCANTI, eval(type, milestone, "2026-01-31", List.of()).status());
        assertEquals(Status.DATI_MANCANTI, eval(new RatioType(), ratio, "2026-01-31", List.of()).status());
    }

    @Test
    void withoutAnyDeadlineTheYearEndCounts() {
        Indicator ind = indicator("traguardo", new Timing.Unspecified("da definire"), Values.empty());
        assertTrue(type.validate(ind).isEmpty());
        expect(eval(type, ind, "2025-06-30", List.of()), Status.NON_ANCORA_DOVUTO, null, false);
        expect(eval(type, ind, "2025-12-31", List.of()), Status.DATI_MANCANTI, null, false);
        assertTrue(type.validate(indicator("traguardo", byDate("2025-12-31"),
                Values.of(Map.of("scadenza", "31/12/2025")))).isEmpty(), "a date written the Italian way is read");
        assertEquals(1, type.validate(indicator("traguardo", byDate("2025-12-31"),
                Values.of(Map.of("scadenza", "31/02/2025")))).size());
    }
}
