package it.albero.sector.risorseumane.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Values;
import it.albero.api.spi.Steps;
import it.albero.api.spi.Steps.Done;
import it.albero.api.spi.Steps.Planned;
import it.albero.api.spi.Steps.Step;

/**
 * The path of decentralised bargaining (contrattazione integrativa, art. 40 and 40-bis D.Lgs. 165/2001; CCNL Funzioni
 * locali) in its legal order: the determination that constitutes the fund of the year's decentralised resources, the
 * Giunta's directives to the public delegation, the hypothesis of agreement (preintesa), the auditors' certification
 * of its costs, the Giunta's authorisation to sign, the definitive signature. The unilateral act (art. 40 c. 3-ter)
 * replaces the agreement when the negotiation fails: it comes after the fund too.
 */
final class Bargaining {

    static final String FUND = "costituzione-fondo";
    static final String CERTIFICATION = "certificazione";
    static final String SIGNATURE = "sottoscrizione";
    static final String UNILATERAL = "atto-unilaterale";

    static final Steps PATH = new Steps(List.of(FUND, "direttive", "ipotesi", CERTIFICATION, "autorizzazione", UNILATERAL,
            SIGNATURE));

    /** The steps planned when the indicator lists none: fund, hypothesis, certification, signature. */
    static final List<String> DEFAULT = List.of(FUND, "ipotesi", CERTIFICATION, SIGNATURE);

    /** The steps replaced by the unilateral act. */
    static final List<String> AGREEMENT = List.of("direttive", "ipotesi", CERTIFICATION, "autorizzazione", SIGNATURE);

    private Bargaining() {
    }

    /** The planned steps: {@code fasi} of the parameters, or the default path due by the indicator's deadline. */
    static List<Planned> planned(Indicator i, Optional<LocalDate> deadline) {
        List<Planned> out = new ArrayList<>();
        List<Values> listed = i.parameters().has("fasi") ? i.parameters().valuesList("fasi") : List.of();
        if (listed.isEmpty()) {
            DEFAULT.forEach(s -> out.add(new Planned(new Step(s, 0), deadline.orElse(null))));
        } else {
            for (Values v : listed) {
                out.add(new Planned(PATH.step(v, "fase", List.of()), v.date("scadenza").orElse(deadline.orElse(null))));
            }
        }
        return out;
    }

    /** The steps recorded. */
    static List<Done> done(List<Measurement> ms) {
        return PATH.done(ms, "fase", List.of());
    }

    /**
     * The planned steps once a unilateral act is recorded: the agreement's steps give way to the act, due by the
     * latest of their dates.
     */
    static List<Planned> withUnilateralAct(List<Planned> planned, List<Done> done) {
        if (done.stream().noneMatch(d -> d.step().name().equals(UNILATERAL))
                || planned.stream().anyMatch(p -> p.step().name().equals(UNILATERAL))) {
            return planned;
        }
        List<Planned> out = new ArrayList<>();
        LocalDate due = null;
        for (Planned p : planned) {
            if (AGREEMENT.contains(p.step().name())) {
                due = p.due() == null ? due : (due == null || p.due().isAfter(due) ? p.due() : due);
            } else {
                out.add(p);
            }
        }
        out.add(new Planned(new Step(UNILATERAL, 0), due));
        return out;
    }
}
