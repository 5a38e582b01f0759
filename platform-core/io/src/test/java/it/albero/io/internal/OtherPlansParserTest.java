package it.albero.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import it.albero.api.model.Timing;
import it.albero.api.model.Values;
import it.albero.io.internal.ItalianParser.Proposal;

/**
 * Issue 13: how plans of other bodies (PEG/PDO of small comuni, ASL budget sheets, ministry indicator sheets)
 * write Tempi and expected results. Each row: the text as such plans write it, the type and parameters an expert
 * would give, and whether the proposal must carry a review note ({@code revisione}). The plan year is 2025.
 */
class OtherPlansParserTest {

    private final ItalianParser parser = new ItalianParser();

    // ------------------------------------------------------------------------------------------ Tempi, year forms

    @ParameterizedTest(name = "Tempi ''{0}'' -> {1} (da rivedere: {2})")
    @CsvSource(delimiter = '|', value = {
            // bare years and year forms: sure
            "2025|2025-12-31|false", "2026|2026-12-31|false", "anno 2022|2022-12-31|false",
            "Anno 2025|2025-12-31|false", "entro il 2026|2026-12-31|false", "esercizio 2025|2025-12-31|false",
            "annualità 2026|2026-12-31|false", "fine 2025|2025-12-31|false",
            "1 trim 2026|2026-03-31|false", "II semestre 2025|2025-12-31|false", "IV trimestre del 2026|2026-12-31|false",
            // months with the year, as spreadsheets write them: sure
            "GIU-23|2023-06-30|false", "dic-25|2025-12-31|false", "giu 2025|2025-06-30|false", "Mar-26|2026-03-31|false",
            "06/2025|2025-06-30|false", "entro il 31 dic 2025|2025-12-31|false", "30 giu|2025-06-30|false",
            // spans of years: a guess
            "biennio 2025-2026|2026-12-31|true", "2025/2026|2026-12-31|true", "triennio 2025 - 2027|2027-12-31|true",
            "2025-26|2026-12-31|true",
            // a year struck out and corrected: sure when the cell says which, a guess when it does not
            "~~2024~~ 2025|2025-12-31|false", "2025 (era 2024)|2025-12-31|false", "2025 anziché 2024|2025-12-31|false",
            "2024 2025|2025-12-31|true", "2024 / 2025 / 2026|2026-12-31|true"})
    void yearForms(String tempi, LocalDate deadline, boolean flagged) {
        Proposal p = parser.propose("Approvazione del regolamento", "Delibera di approvazione", tempi, 2025);
        assertEquals(deadline, p.timing().deadline().orElse(null), tempi);
        assertEquals(tempi, p.timing().text(), "the text is kept as written");
        assertEquals(flagged, p.review() != null, tempi + ": " + p.review());
        assertEquals("traguardo", p.typeId());
        assertEquals(deadline, p.parameters().requireDate("scadenza"));
    }

    // ------------------------------------------------------------------------------------------ types and targets

    @ParameterizedTest(name = "''{0}'' / ''{1}'' / ''{2}'' -> {3} {4} (da rivedere: {5})")
    @CsvSource(delimiter = '|', value = {
            // recurring wording -> ricorrente
            "Pubblicazione dei dati sul sito|pubblicazione mensilmente aggiornata|2025|ricorrente|periodicita=mensile|false",
            "Report al Direttore|report ogni bimestre|2025|ricorrente|periodicita=bimestrale|false",
            "Riunioni di coordinamento|riunioni con cadenza settimanale|2025|ricorrente|periodicita=settimanale|false",
            "Verifica cassa economale|verifica|con cadenza trimestrale|ricorrente|periodicita=trimestrale|false",
            "Aggiornamento albo fornitori|aggiornamento|ogni quadrimestre|ricorrente|volte=3|false",
            "Monitoraggio dei cantieri|sopralluogo|quindicinale|ricorrente|volte=24|false",
            "Comitato di direzione|incontri|due volte al mese|ricorrente|volte=24|false",
            "Newsletter ai cittadini|1 newsletter al mese|2025|ricorrente|periodicita=mensile|false",
            "Report sulla spesa|1 report ogni trimestre|2025|ricorrente|periodicita=trimestrale|false",
            "Controllo di gestione|relazione|semestralmente|ricorrente|periodicita=semestrale|false",
            "Aggiornamento sezione trasparenza|aggiornamento|con periodicità mensile|ricorrente|periodicita=mensile|false",
            "Incontri con le associazioni|incontri|ogni bimestre|ricorrente|periodicita=bimestrale|false",
            // a bare number or percentage next to a score, a degree of completion or a ratio
            "Grado di realizzazione del programma delle opere|90|2025|rapporto|target=90|true",
            "Percentuale di pratiche SUAP concluse nei termini|85|2025|rapporto|target=85|false",
            "% pazienti presi in carico entro 72 ore|90|2025|rapporto|target=90|false",
            "N. pratiche evase / N. pratiche pervenute|95|anno 2025|rapporto|target=95|false",
            "Tasso di copertura del servizio mensa|85%|2025|rapporto|target=85|false",
            "Punteggio medio di customer satisfaction (scala 1-10)|8|2025|conteggio|soglia=8,aggregazione=ultimo|false",
            "Indice di gradimento degli utenti|4|2025|conteggio|soglia=4,aggregazione=ultimo|false",
            "Valutazione media dei corsi di formazione|target: 3,5|2025|conteggio|soglia=3.5,aggregazione=ultimo|false",
            "N. accessi allo sportello|1.200|2025|conteggio|soglia=1200|false",
            "Servizi erogati|300|2025|conteggio|soglia=300|true",
            "Livello di digitalizzazione dei procedimenti|valore obiettivo 60%|2025|rapporto|target=60|false",
            "Incidenza delle spese di personale sulle entrate correnti|< 30%|2025|rapporto|target=30,confronto=<=|true",
            "Tempi medi di pagamento: % fatture pagate oltre i termini|non superiore al 5%|2025|rapporto|target=5,confronto=<=|false",
            "Stato di avanzamento dei lavori|100%|dic-25|rapporto|target=100|false",
            // ranges and bounds -> the right threshold, the other bound kept in revisione
            "Copertura del costo del servizio|compreso fra 70% e 85%|2025|rapporto|target=70|true",
            "Indice di soddisfazione|valore minimo 3,2 - valore massimo non inferiore a 6|2025|conteggio|soglia=3.2,aggregazione=ultimo|true",
            "Raccolta differenziata|tra il 65% e il 75%|2025|rapporto|target=65|true",
            "Tasso di occupazione degli alloggi|dal 90% al 95%|2025|rapporto|target=90|true",
            "Tasso di adesione agli screening|50-65%|2025|rapporto|target=50|true",
            "Ore di formazione per dipendente|tra 8 e 12 ore|2025|conteggio|soglia=8|true",
            "Controlli sul territorio|almeno 4 sopralluoghi e 2 verbali al mese|2025|conteggio|soglia=48|true",
            "Attività di vigilanza|almeno 10 controlli e 3 verbali|2025|conteggio|soglia=10|true",
            "Sopralluoghi nei cantieri|almeno 4 sopralluoghi al mese|2025|conteggio|soglia=48|true",
            "Pattuglie serali|3 pattuglie a settimana|2025|conteggio|soglia=156|true",
            // a ratio with no expected result -> rapporto, target mancante flagged
            "N. istanze evase / N. istanze ricevute||2025|rapporto||true",
            "Numero di avvisi notificati / numero di avvisi emessi||entro il 31/12/2025|rapporto||true",
            "Fatture pagate nei termini / fatture ricevute|miglioramento del servizio|2025|rapporto||true",
            "Rapporto tra posti disponibili e domande presentate||2025|rapporto||true",
            // levels versus totals: the latest value counts
            "Numero di follower della pagina istituzionale|almeno 2.000|2025|conteggio|soglia=2000,aggregazione=ultimo|false",
            "Degenza media|≤ 7 giorni|2025|conteggio|soglia=7,confronto=<=,aggregazione=ultimo|false",
            "Indicatore di tempestività dei pagamenti|≤ 0 giorni|trimestrale|conteggio|soglia=0,confronto=<=,aggregazione=ultimo|false",
            "Giacenza media dei farmaci in magazzino|non più di 30|2025|conteggio|soglia=30,confronto=<=,aggregazione=ultimo|false",
            "Punteggio della griglia di valutazione|almeno 80|2025|conteggio|soglia=80,aggregazione=ultimo|false",
            "N. iscritti ai corsi|almeno 150|2025|conteggio|soglia=150|false",
            // counts written plainly
            "Corsi di formazione attivati|n. 5 corsi|2° sem|conteggio|soglia=5|false",
            "Audit interni|4 audit nell'anno|2025|conteggio|soglia=4|false",
            "Controlli sulle autocertificazioni|almeno 50 controlli|anno 2025|conteggio|soglia=50|false",
            "Verbali del nucleo di valutazione|N. verbali non inferiori a 4|2025|conteggio|soglia=4|false",
            "Incontri con le scuole|12 incontri|2025|conteggio|soglia=12|false",
            // keeping a level, changes
            "Indice di rotazione dei posti letto|mantenimento del valore 2024|2025|variazione|variazione=0|false",
            "Spesa per utenze|riduzione del 3% rispetto al 2024|2025|variazione|variazione=-3|false",
            "Accessi al portale|incremento del 10% rispetto al 2024|2026|variazione|variazione=10|false",
            // forms met on the blind sheets (docs/examples), added after their first count
            "Accessi al portale istituzionale|+5% rispetto al 2024|2025|variazione|variazione=5|false",
            "Consumi energetici delle sedi|-10% rispetto al valore 2023|2025|variazione|variazione=-10|false",
            "Capacità di pagamento (pagamenti / impegni)|≥ 0,85|2025|rapporto|target=85|true",
            "Contenziosi definiti / contenziosi pendenti|Baseline 2024: 40%; target 2025: 50%|2025|rapporto|target=50|true",
            "Tempo medio di rilascio dei certificati (gg)|riduzione a 2 gg|2026|conteggio|soglia=2,confronto=<=,aggregazione=ultimo|false",
            "Tempo medio di pagamento delle fatture|entro 30 giorni|2025|conteggio|soglia=30,confronto=<=,aggregazione=ultimo|false",
            "Carte d'identità rilasciate|n. 1.500|2025|conteggio|soglia=1500|false",
            "Riscossione da accertamenti|€ 150.000|2025|conteggio|soglia=150000|false",
            "Eventi culturali organizzati|10-12 eventi|2025|conteggio|soglia=10|true",
            "Approvazione del rendiconto|entro il 30 aprile 2025|2025|traguardo|scadenza=2025-04-30|false",
            // milestones: sure when the act is an act and the Tempi are read
            "Adozione del piano triennale dei fabbisogni|Delibera di Giunta|GIU-25|traguardo|scadenza=2025-06-30|false",
            "Regolamento dei controlli interni|Approvazione in Consiglio|anno 2025|traguardo|scadenza=2025-12-31|false",
            "Nuovo portale dei servizi|Attivazione del portale|2026|traguardo|scadenza=2026-12-31|false",
            "Spesa di personale|costo del personale entro il limite assegnato|2025|traguardo|scadenza=2025-12-31|true",
            "Carte d'identità elettroniche|Rilasciare 400 carte nelle aperture straordinarie|2025|traguardo|scadenza=2025-12-31|true",
            // a guessed deadline outside the plan year is kept, never refused here
            "Chiusura del progetto europeo|Rendicontazione finale|anno 2024|traguardo|scadenza=2024-12-31|false",
            "Progetto biennale di rigenerazione|Fine lavori|biennio 2025-2026|traguardo|scadenza=2026-12-31|true"})
    void families(String instrument, String expected, String tempi, String type, String parameters, boolean flagged) {
        Proposal p = parser.propose(instrument, expected, tempi, 2025);
        String where = instrument + " / " + expected + " / " + tempi + " -> " + p;
        assertEquals(type, p.typeId(), where);
        assertEquals(expectedParameters(parameters), actual(p.parameters()), where);
        assertEquals(flagged, p.review() != null, where);
    }

    @ParameterizedTest(name = "''{0}'' is a range: the other bound is in the review")
    @CsvSource(delimiter = '|', value = {"compreso fra 70% e 85%|85%", "valore minimo 3,2 - valore massimo non inferiore a 6|6",
            "almeno 4 sopralluoghi e 2 verbali al mese|2"})
    void theOtherBoundIsKeptInTheReview(String expected, String other) {
        Proposal p = parser.propose("Indicatore", expected, "2025", 2025);
        assertEquals(true, p.review() != null && p.review().contains(other.replace("%", "")), p.review());
    }

    @ParameterizedTest(name = "''{0}'' -> {1}x a year")
    @CsvSource(delimiter = '|', value = {"ogni bimestre|6", "con cadenza settimanale|52", "mensilmente|12",
            "ogni quindici giorni|24", "tre volte al trimestre|12"})
    void recurringTempi(String tempi, int times) {
        Timing.Recurring r = assertInstanceOf(Timing.Recurring.class, parser.timing(tempi, 2025), tempi);
        assertEquals(times, r.timesPerYear());
    }

    /** "k=v,k=v" as the parameters (numbers as numbers, dates as dates); the act of a milestone is not compared. */
    private static Map<String, Object> expectedParameters(String text) {
        Map<String, Object> m = new TreeMap<>();
        if (text == null || text.isBlank()) {
            return m;
        }
        for (String kv : text.split(",")) {
            String[] e = kv.split("=", 2);
            Object v = e[1].matches("-?\\d+(\\.\\d+)?") ? (Object) new BigDecimal(e[1]).stripTrailingZeros()
                    : e[1].matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(e[1]) : e[1];
            m.put(e[0], v);
        }
        return m;
    }

    private static Map<String, Object> actual(Values v) {
        Map<String, Object> m = new TreeMap<>();
        new LinkedHashMap<>(v.asMap()).forEach((k, x) -> {
            if (!k.equals("atto")) {
                m.put(k, x instanceof BigDecimal b ? b.stripTrailingZeros() : x instanceof Integer i
                        ? BigDecimal.valueOf(i) : x);
            }
        });
        return m;
    }
}
