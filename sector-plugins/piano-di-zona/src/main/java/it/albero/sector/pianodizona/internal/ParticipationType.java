package it.albero.sector.pianodizona.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
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
import it.albero.api.spi.Messages;
import it.albero.api.spi.Pace;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Targets;
import it.albero.api.spi.Texts;

/**
 * {@code piano-di-zona.partecipazione}: meetings attended over meetings called by the Ambito's tables
 * ("incontri partecipati / promossi: min. 70%"). Each measurement records the meetings called in a period and
 * how many of them the comune attended; they add up over the year.
 */
@Component(service = IndicatorType.class, configurationPid = PianoDiZonaModule.PID)
public class ParticipationType extends BaseIndicatorType {

    static final String ID = "piano-di-zona.partecipazione";

    private final Messages text;

    /** In Italian. */
    public ParticipationType() {
        this(PianoDiZonaModule.italian());
    }

    @Activate
    public ParticipationType(PianoDiZonaConfig config) {
        this(PianoDiZonaModule.messages(config));
    }

    ParticipationType(Messages text) {
        super(ID, PianoDiZonaModule.ID, text.get("partecipazione.label"),
                Schema.of(
                        Field.required("target", Kind.PERCENTUALE, text.get("partecipazione.target")),
                        Field.optional("scadenza", Kind.DATA, text.get("scadenza"))),
                Schema.of(
                        Field.required("promossi", Kind.INTERO, text.get("partecipazione.promossi")),
                        Field.required("partecipati", Kind.INTERO, text.get("partecipazione.partecipati")),
                        Field.optional("tavolo", Kind.TESTO, text.get("partecipazione.tavolo"))));
        this.text = text;
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
                return Evaluation.without(Status.ERRORE,
                        text.get("partecipazione.incoherent", Texts.date(m.date()), a, c));
            }
            called += c;
            attended += a;
        }
        if (counted == 0) {
            return noData(ctx, text.get("partecipazione.noData"));
        }
        double target = Targets.share(ctx.indicator().parameters());
        if (called == 0) {
            return grade(ctx, 0, text.get("partecipazione.noneCalled"), true);
        }
        double share = (double) attended / called;
        return grade(ctx, share / target, text.get("partecipazione.result", attended, called, Texts.percent(share),
                Texts.percent(target)), Pace.onPace(share / target));
    }
}
