package it.albero.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import it.albero.api.model.Timing;
import it.albero.api.model.Timing.Frequency;
import it.albero.api.model.Timing.PeriodKind;
import it.albero.api.model.Values;
import it.albero.io.internal.ItalianParser.Proposal;

class ItalianParserTest {

    private final ItalianParser parser = new ItalianParser();

    // ------------------------------------------------------------------------------------------ Tempi

    @ParameterizedTest(name = "''{0}'' -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            // the forms of the brief
            "1 trim|TRIMESTRE|1", "II trim|TRIMESTRE|2", "4 trim|TRIMESTRE|4",
            "1 sem|SEMESTRE|1", "2 semestre|SEMESTRE|2", "annuale|ANNO|1",
            // variants of the seed (OCR text)
            "1trim|TRIMESTRE|1", "3trim|TRIMESTRE|3", "2trim|TRIMESTRE|2", "I trim|TRIMESTRE|1",
            "Il trim|TRIMESTRE|2", "3 trim.|TRIMESTRE|3", "entro il 3 trim.|TRIMESTRE|3", "IV trim|TRIMESTRE|4",
            "1sem|SEMESTRE|1", "2sem|SEMESTRE|2", "Entro 1sem|SEMESTRE|1", "2 sem|SEMESTRE|2",
            "Annuale|ANNO|1", "annuali|ANNO|1", "entro l'anno|ANNO|1", "entro I'anno|ANNO|1",
            "terzo trimestre|TRIMESTRE|3", "primo semestre|SEMESTRE|1"})
    void periods(String text, PeriodKind kind, int index) {
        Timing t = parser.timing(text, 2025);
        Timing.Period p = assertInstanceOf(Timing.Period.class, t, text);
        assertEquals(kind, p.kind());
        assertEquals(index, p.index());
        assertEquals(2025, p.year());
        assertEquals(text, p.text(), "the text is kept as written");
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
            "entro il 31/12/2025|2025-12-31", "entro il 30.09.2025|2025-09-30", "entro aprile|2025-04-30",
            "entro 31/12|2025-12-31", "Entro il 30 giugno|2025-06-30", "Entro il 28 febbraio|2025-02-28",
            "entro 1° marzo|2025-03-01", "entro il mese di dicembre|2025-12-31", "entro settembre 2025|2025-09-30",
            "entro inizio ottobre 2025.|2025-10-01", "Entro aprile/LUGLIO|2025-07-31", "entro gennaio|2025-01-31",
            "entro maggio 2025;|2025-05-31", "settembre|2025-09-30", "31-03-2026|2026-03-31",
            "Rispetto dei tempi: Entro il 30 giugno|2025-06-30"})
    void dates(String text, LocalDate date) {
        Timing.ByDate d = assertInstanceOf(Timing.ByDate.class, parser.timing(text, 2025), text);
        assertEquals(date, d.date());
        assertEquals(text, d.text());
    }

    @Test
    void relativeDeadline() {
        String text = "entro 30 giorni dall'istruttoria tecnica definitiva";
        Timing.Relative r = assertInstanceOf(Timing.Relative.class, parser.timing(text, 2025));
        assertEquals(30, r.days());
        assertEquals("istruttoria tecnica definitiva", r.trigger());
        Timing.Relative weeks = assertInstanceOf(Timing.Relative.class,
                parser.timing("entro due settimane dalla richiesta", 2025));
        assertEquals(14, weeks.days());
        assertEquals("richiesta", weeks.trigger());
        assertEquals(false, r.workingDays());
        assertEquals(false, weeks.workingDays());
    }

    @ParameterizedTest(name = "''{0}'' -> {1} giorni lavorativi")
    @CsvSource(delimiter = '|', value = {"entro 10 giorni lavorativi dalla richiesta|10|richiesta",
            "entro un giorno lavorativo dalla segnalazione|1|segnalazione",
            "entro 5 gg lavorativi dal ricevimento dell'istanza|5|ricevimento dell'istanza"})
    void relativeDeadlineInWorkingDays(String text, int days, String trigger) {
        Timing.Relative r = assertInstanceOf(Timing.Relative.class, parser.timing(text, 2025));
        assertEquals(days, r.days());
        assertEquals(trigger, r.trigger());
        assertTrue(r.workingDays(), text);
        Proposal p = parser.propose("pratiche evase", "", text, 2025);
        assertEquals("scadenza-relativa", p.typeId());
        assertEquals(Values.of("giorni", days, "evento", trigger, "giorni_lavorativi", "si"), p.parameters());
    }

    @ParameterizedTest(name = "''{0}'' -> {1} x{2}")
    @CsvSource(delimiter = '|', value = {
            "settimanale|SETTIMANALE|52", "ogni sei mesi|SEMESTRALE|2", "4 volte l'anno|VOLTE_L_ANNO|4",
            "4 volte I'anno|VOLTE_L_ANNO|4", "due volte I'anno|VOLTE_L_ANNO|2", "mensile|MENSILE|12",
            "trimestrale|TRIMESTRALE|4", "settimanalmente|SETTIMANALE|52", "3 volte all'anno|VOLTE_L_ANNO|3",
            "bimestrale|BIMESTRALE|6", "semestrale|SEMESTRALE|2"})
    void recurrences(String text, Frequency frequency, int times) {
        Timing.Recurring r = assertInstanceOf(Timing.Recurring.class, parser.timing(text, 2025), text);
        assertEquals(frequency, r.frequency());
        assertEquals(times, r.timesPerYear());
    }

    @Test
    void untypedTimingIsKept() {
        Timing t = parser.timing("secondo le scadenze di legge", 2025);
        assertEquals(new Timing.Unspecified("secondo le scadenze di legge"), t);
        assertEquals(new Timing.Unspecified(""), parser.timing("  ", 2025));
        assertEquals(new Timing.Unspecified(""), parser.timing(null, 2025));
    }

    @Test
    void timingFallsBackOnTheExpectedResult() {
        Timing t = parser.timing("", "100% degli atti notificati entro il 31/12/2025", 2025);
        assertEquals(new Timing.ByDate("", LocalDate.of(2025, 12, 31)), t);
        Timing p = parser.timing("annuale", "100% degli atti notificati entro il 30/06/2025", 2025);
        assertInstanceOf(Timing.Period.class, p, "the Tempi win when they are typed");
    }

    // ------------------------------------------------------------------------------------------ targets

    @Test
    void atLeastCount() {
        Proposal p = parser.propose("n. illeciti accertati", "almeno 80 illeciti in materia ambientale", "annuale",
                2025);
        assertEquals("conteggio", p.typeId());
        assertEquals(Values.of("soglia", 80), p.parameters());
        assertNull(p.review());
    }

    @Test
    void moreThan() {
        Proposal p = parser.propose("n. pattugliamenti", "> 50", "3 trim", 2025);
        assertEquals("conteggio", p.typeId());
        assertEquals(Values.of("soglia", 50, "confronto", ">"), p.parameters());
    }

    @Test
    void italianThousands() {
        Proposal p = parser.propose("n. accessi", ">= 1.000", "annuale", 2025);
        assertEquals("conteggio", p.typeId());
        assertEquals(Values.of("soglia", 1000), p.parameters());
        assertEquals(Values.of("soglia", new BigDecimal("1000.5")),
                parser.propose("n. accessi", ">= 1.000,5", "annuale", 2025).parameters());
        assertEquals(Values.of("soglia", new BigDecimal("2.5")),
                parser.propose("n. accessi", ">= 2,5", "annuale", 2025).parameters());
    }

    @Test
    void countWithSeasonalWindow() {
        Proposal p = parser.propose("pattugliamenti notturni a settimana nel maggio - settembre", "> 50", "3 trim",
                2025);
        assertEquals("conteggio", p.typeId());
        assertEquals(Values.of("soglia", 50, "confronto", ">", "finestra",
                Values.of("da", LocalDate.of(2025, 5, 1), "a", LocalDate.of(2025, 9, 30))), p.parameters());
    }

    @Test
    void countInWords() {
        assertEquals(Values.of("soglia", 2), parser.propose("Patrocini", "Patrocini (almeno due)", "4 trim", 2025)
                .parameters());
        assertEquals(Values.of("soglia", 1),
                parser.propose("", "Realizzazione almeno un Evento a tema", "4 trim", 2025).parameters());
        assertEquals(Values.of("soglia", 3, "confronto", ">"),
                parser.propose("n. esercitazioni > 3", "", "annuale", 2025).parameters());
    }

    @ParameterizedTest(name = "''{0}'' -> rapporto {1}")
    @CsvSource(delimiter = '|', value = {"70%|70", "min. 90%|90", "Min. 70%|70", "almeno 90%|90",
            "(minimo 70%)|70", "80% minimo)|80", "caricamento dell'80% degli atti|80",
            "almeno il 50% dei pubblici esercizi|50", "100% delle comunicazioni TARI e IMU|100", "75,5 %|75.5"})
    void percentages(String expected, BigDecimal target) {
        Proposal p = parser.propose("strumento", expected, "annuale", 2025);
        assertEquals("rapporto", p.typeId(), expected);
        assertEquals(Values.of("target", target), p.parameters());
    }

    @Test
    void percentageByDate() {
        Proposal p = parser.propose("n. atti notificati / n. atti emessi",
                "100% degli atti notificati entro il 31/12/2025", "", 2025);
        assertEquals("rapporto", p.typeId());
        assertEquals(Values.of("target", 100), p.parameters());
        assertEquals(new Timing.ByDate("", LocalDate.of(2025, 12, 31)), p.timing());
        assertNull(p.review(), "the date comes from the expected result: nothing to review");
    }

    @Test
    void increase() {
        Proposal p = parser.propose("presenze", "aumentare del 50% le presenze nei centri", "annuale", 2025);
        assertEquals("variazione", p.typeId());
        assertEquals(Values.of("variazione", 50), p.parameters());
    }

    @Test
    void decrease() {
        Proposal p = parser.propose("costi", "riduzione costi almeno del 5% rispetto al triennio precedente",
                "annuale", 2025);
        assertEquals("variazione", p.typeId());
        assertEquals(Values.of("variazione", -5), p.parameters());
    }

    @Test
    void noEvents() {
        Proposal p = parser.propose("eventi straordinari", "Nessun disservizio", "3 trim", 2025);
        assertEquals("zero-eventi", p.typeId());
        assertEquals(Values.of("finestra", Values.of("da", LocalDate.of(2025, 7, 1), "a", LocalDate.of(2025, 9, 30))),
                p.parameters());
        Proposal december = parser.propose("rapine commessi nel territorio nel periodo dal 15 al 31 dicembre",
                "nessuna rapina", "4 trim", 2025);
        assertEquals(Values.of("finestra", Values.of("da", LocalDate.of(2025, 12, 15), "a",
                LocalDate.of(2025, 12, 31))), december.parameters());
    }

    @Test
    void gradedByDate() {
        Proposal p = parser.propose("Approvazione nota integrativa al DUP", "se entro aprile 100%; se entro luglio 90%",
                "Entro aprile/LUGLIO", 2025);
        assertEquals("scadenza-graduata", p.typeId());
        List<Values> bands = p.parameters().valuesList("fasce");
        assertEquals(List.of(Values.of("entro", LocalDate.of(2025, 4, 30), "punteggio", 100),
                Values.of("entro", LocalDate.of(2025, 7, 31), "punteggio", 90)), bands);
        // as the OCR of the seed has it
        Proposal seed = parser.propose("", "Entro LUGLIO/settembre: - se entro LUGLIO 100%; - se entro settembre 90%.",
                "annuale", 2025);
        assertEquals(2, seed.parameters().valuesList("fasce").size());
    }

    @Test
    void relativeDeadlineType() {
        Proposal p = parser.propose("Presentazione alla Giunta comunale dello schema di convenzione",
                "entro 30 giorni dall'istruttoria tecnica definitiva", "annuale", 2025);
        assertEquals("scadenza-relativa", p.typeId());
        assertEquals(Values.of("giorni", 30, "evento", "istruttoria tecnica definitiva"), p.parameters());
    }

    @Test
    void recurringActivity() {
        Proposal weekly = parser.propose("Comunicazioni alla Giunta", "Predisposizione comunicazioni", "settimanale",
                2025);
        assertEquals("ricorrente", weekly.typeId());
        assertEquals(Values.of("periodicita", "settimanale"), weekly.parameters());
        Proposal times = parser.propose("Riunioni", "riunioni del tavolo", "4 volte l'anno", 2025);
        assertEquals(Values.of("volte", 4), times.parameters());
        Proposal inText = parser.propose("Invio ogni sei mesi del report", "report inviati", "annuale", 2025);
        assertEquals("ricorrente", inText.typeId());
        assertEquals(Values.of("periodicita", "semestrale"), inText.parameters());
    }

    @Test
    void milestoneByTheTempi() {
        Proposal p = parser.propose("Adozione del regolamento per il lavoro agile", "Approvazione del regolamento",
                "2 sem", 2025);
        assertEquals("traguardo", p.typeId());
        assertEquals(Values.of("scadenza", LocalDate.of(2025, 12, 31), "atto", "Approvazione del regolamento"),
                p.parameters());
        assertNull(p.review());
    }

    @Test
    void whatCannotBeTypedBecomesAMilestoneForReview() {
        Proposal p = parser.propose("Gestione del servizio", "Miglior qualità percepita", "in base ai bisogni", 2025);
        assertEquals("traguardo", p.typeId());
        assertEquals(LocalDate.of(2025, 12, 31), p.parameters().requireDate("scadenza"));
        assertNotNull(p.review());
        assertTrue(p.review().contains("in base ai bisogni"), p.review());
        assertEquals(new Timing.Unspecified("in base ai bisogni"), p.timing(), "the text is never lost");
    }

    @Test
    void normalisationMendsTheOcr() {
        assertEquals("entro l'anno", TempiParser.normalise(" Entro  I'anno . "));
        assertEquals("l'impatto", TempiParser.normalise("|'impatto"));
    }
}
