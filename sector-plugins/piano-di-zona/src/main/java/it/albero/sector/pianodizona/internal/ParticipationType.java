package it.albero.sector.pianodizona.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Status;
import it.albero.api.spi.BaseIndicatorType;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Field;
import it.albero.api.spi.Field.Kind;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Pace;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Targets;
import it.albero.api.spi.Texts;

/**
 * {@code piano-di-zona.partecipazione}: meetings attended over meetings called by the Ambito's tables
 * ("incontri partecipati / promossi: min. 70%"). Each measurement records the meetings called in a period and
 * how many of them the comune attended; they add up over the year.
 */
@Component(service = IndicatorType.class)
public class ParticipationType extends BaseIndicatorType {

    static final String ID = "piano-di-zona.partecipazione";

    public ParticipationType() {
        super(ID, PianoDiZonaModule.ID, "Incontri partecipati su incontri promossi",
                Schema.of(
                        Field.required("target", Kind.PERCENTUALE, "Target (% degli incontri promossi)"),
                        Field.optional("scadenza", Kind.DATA, "Scadenza")),
                Schema.of(
                        Field.required("promossi", Kind.INTERO, "Incontri promossi"),
                        Field.required("partecipati", Kind.INTERO, "Incontri partecipati"),
                        Field.optional("tavolo", Kind.TESTO, "Tavolo")));
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        return Targets.problem(indicator.parameters(), false).stream().toList();
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        long called = 0;
        long attended = 0;
        int counted = 0;
        for (Measurement m : ctx.measurements()) {
            if (m.date().getYear() != ctx.referenceYear()) {
                continue;
            }
            counted++;
            long c = m.values().requireNumber("promossi").longValue();
            long a = m.values().requireNumber("partecipati").longValue();
            if (a > c) {
                return Evaluation.without(Status.ERRORE, "Rilevazione del " + Texts.date(m.date()) + " incoerente: "
                        + a + " incontri partecipati su " + c + " promossi.");
            }
            called += c;
            attended += a;
        }
        if (counted == 0) {
            return noData(ctx, "incontri partecipati");
        }
        double target = Targets.share(ctx.indicator().parameters());
        if (called == 0) {
            return grade(ctx, 0, "Nessun incontro promosso finora.", true);
        }
        double share = (double) attended / called;
        return grade(ctx, share / target, attended + " incontri partecipati su " + called + " promossi: "
                + Texts.percent(share) + " contro un target del " + Texts.percent(target) + ".",
                Pace.onPace(share / target));
    }
}
