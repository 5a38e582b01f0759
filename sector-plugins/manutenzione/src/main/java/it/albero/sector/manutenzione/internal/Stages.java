package it.albero.sector.manutenzione.internal;

import java.util.ArrayList;
import java.util.List;

import it.albero.api.model.Indicator;
import it.albero.api.model.Values;
import it.albero.api.spi.Messages;
import it.albero.api.spi.Steps;
import it.albero.api.spi.Steps.Planned;

/**
 * The ordered steps of the module's two procedures, assessed with the API's {@link Steps}: the stages of public works
 * (D.Lgs. 36/2023) and the steps of a renewable energy community (CER, D.Lgs. 199/2021 and DM MASE 414/2023).
 * Indicators list their planned steps in {@code fasi} ({@code {fase, numero, scadenza}}); a measurement names the
 * step it completes ({@code fase}, {@code numero} for a SAL).
 */
final class Stages {

    /** Works: executive design approved, award, delivery of works, SAL n., end of works, final account, CRE. */
    static final Steps WORKS = new Steps(List.of("progetto", "aggiudicazione", "consegna", "sal", "fine-lavori",
            "stato-finale", "cre"));

    /** CER: feasibility, application to a call, statute approved by the Council, constitution, GSE request, start. */
    static final Steps CER = new Steps(List.of("studio", "istanza-bando", "statuto", "costituzione", "richiesta-gse",
            "avvio"));

    static final List<String> NUMBERED = List.of("sal");

    private Stages() {
    }

    /** The planned steps of an indicator. */
    static List<Planned> planned(Steps steps, Indicator i) {
        List<Planned> out = new ArrayList<>();
        for (Values v : i.parameters().valuesList("fasi")) {
            out.add(new Planned(steps.step(v, "fase", NUMBERED), v.requireDate("scadenza")));
        }
        return out;
    }

    /** Problems of the planned steps: none planned, or out of the legal order. */
    static List<String> validate(Steps steps, Indicator i, Messages text) {
        List<String> problems = new ArrayList<>();
        List<Planned> planned = planned(steps, i);
        if (planned.isEmpty()) {
            problems.add(text.get("fasi.none"));
        }
        for (Planned[] pair : steps.planInversions(planned)) {
            problems.add(text.get("fasi.planOrder", label(text, pair[1].step()), label(text, pair[0].step()),
                    String.join(", ", steps.order())));
        }
        return problems;
    }

    static String label(Messages text, Steps.Step s) {
        return s.number() > 0 ? text.get("fase." + s.name() + ".n", s.number()) : text.get("fase." + s.name());
    }
}
