package it.albero.store.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import it.albero.api.model.Ente;
import it.albero.api.model.Indicator;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;
import it.albero.api.model.PlanStatus;
import it.albero.api.model.Timing;
import it.albero.api.model.UnitKind;
import it.albero.api.model.Values;

/** Plans for the tests and the benchmark. */
final class TestPlans {

    static final Ente ENTE = new Ente("comune-prova", "Comune di Prova");

    private TestPlans() {
    }

    /** A small plan that uses every shape the model has: phases, tags, weights, every Timing, nested values. */
    static Plan small() {
        return small(ENTE, "PIAO-2025");
    }

    static Plan small(Ente ente, String code) {
        Indicator ratio = new Indicator("ENT-01.1", "Avvisi emessi / avvisi da emettere", "100% degli avvisi",
                new Timing.Period("2 sem", Timing.PeriodKind.SEMESTRE, 2, 2025), "rapporto",
                Values.of("target", 100, "confronto", ">="), null, null);
        Indicator milestone = new Indicator("ENT-01.2", "Approvazione regolamento", "Delibera approvata",
                new Timing.ByDate("entro il 31/12/2025", LocalDate.of(2025, 12, 31)), "traguardo",
                Values.of("scadenza", LocalDate.of(2025, 12, 31), "atto", "Delibera di Consiglio"), 2.0,
                "tempi letti come data fissa");
        Indicator phase = new Indicator("ENT-01a.1", "Fase 1 completata", "Bando pubblicato",
                new Timing.Relative("entro 30 giorni dall'istruttoria tecnica definitiva", 30,
                        "istruttoria tecnica definitiva"), "scadenza-relativa",
                Values.of("giorni", 30, "evento", "istruttoria"), null, null);
        Objective ent01 = new Objective("ENT-01", "Recupero dell'evasione \"IMU\" — accertamenti", 1.0,
                Map.of(Objective.TAG_PNRR, "M5C2 I1.1.1", Objective.TAG_CUP, "J11B21005500006"),
                List.of(new Objective("ENT-01a", "Fase a", null, Map.of(), List.of(), List.of(phase), null)),
                List.of(ratio, milestone), null);
        Indicator window = new Indicator("POL-01.1", "Controlli mirati", "almeno 40 controlli",
                new Timing.Recurring("settimanale", Timing.Frequency.SETTIMANALE, 0, 2025), "conteggio",
                Values.of("soglia", 40, "finestra", Map.of("da", LocalDate.of(2025, 5, 1), "a",
                        LocalDate.of(2025, 9, 30)), "quota", 0.5), null, null);
        Indicator schedule = new Indicator("POL-01.2", "Cronoprogramma", "fasi nei tempi",
                new Timing.Unspecified("come da cronoprogramma"), "cronoprogramma",
                Values.of("fasi", List.of(Map.of("nome", "avvio", "scadenza", LocalDate.of(2025, 3, 31)),
                        Map.of("nome", "chiusura", "scadenza", LocalDate.of(2025, 11, 30))), "attivo", true),
                null, "tempi non tipizzati");
        Indicator times = new Indicator("POL-01.3", "Report", "4 report",
                new Timing.Recurring("4 volte l'anno", Timing.Frequency.VOLTE_L_ANNO, 4, 2025), "ricorrente",
                Values.of("volte", 4), null, null);
        Objective pol01 = new Objective("POL-01", "Sicurezza urbana", null, Map.of(), List.of(),
                List.of(window, schedule, times), null);
        return new Plan(code, ente, "Albero della Performance 2025-2027", 2025, 2027, 2025, PlanStatus.BOZZA, 1,
                List.of(new OrgUnit("ENT", "Settore Entrate", UnitKind.SETTORE, "entrate", List.of(ent01), null),
                        new OrgUnit("POL", "Polizia Locale", UnitKind.SETTORE, "polizia-locale", List.of(pol01),
                                "unità da verificare")));
    }

    /** A synthetic plan of about {@code indicators} indicators: 12 units, 3 indicators per objective. */
    static Plan synthetic(String code, int indicators) {
        int perObjective = 3;
        int objectives = Math.max(1, indicators / perObjective);
        int units = 12;
        List<List<Objective>> byUnit = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            byUnit.add(new ArrayList<>());
        }
        for (int o = 0; o < objectives; o++) {
            int u = o % units;
            String oc = "U" + u + "-" + String.format("%02d", o);
            List<Indicator> list = new ArrayList<>();
            for (int i = 1; i <= perObjective; i++) {
                list.add(new Indicator(oc + "." + i, "Strumento di verifica " + oc + "." + i,
                        "Risultato atteso: almeno " + (i * 10) + " atti entro l'anno",
                        new Timing.Period("annuale", Timing.PeriodKind.ANNO, 1, 2025), "rapporto",
                        Values.of("target", 100, "confronto", ">="), null, null));
            }
            byUnit.get(u).add(new Objective(oc, "Obiettivo sintetico " + oc + " con un titolo di lunghezza realistica"
                    + " come quelli del piano della performance", null, Map.of("dup", "Missione 1 Programma " + u),
                    List.of(), list, null));
        }
        List<OrgUnit> unitList = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            unitList.add(new OrgUnit("U" + u, "Settore " + u, UnitKind.SETTORE, null, byUnit.get(u), null));
        }
        return new Plan(code, ENTE, "Piano sintetico", 2025, 2027, 2025, PlanStatus.BOZZA, 1, unitList);
    }
}
