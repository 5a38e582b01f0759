package it.albero.sector.relazionicittadino.internal;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
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
 * {@code relazioni-cittadino.risposte}: answers given within the legal term ({@link Answers}) over the requests due
 * (answered, or waiting past the term), against a target (100% by default). Requests still within their term are
 * counted apart; those answered late or still waiting past the term are named.
 */
@Component(service = IndicatorType.class)
public class AnswersType extends BaseIndicatorType {

    static final String ID = "relazioni-cittadino.risposte";

    private final Messages text;

    public AnswersType() {
        this(RelazioniCittadinoModule.italian());
    }

    AnswersType(Messages text) {
        super(ID, RelazioniCittadinoModule.ID, text.get("risposte.label"),
                Schema.of(
                        Field.optional("target", Kind.PERCENTUALE, text.get("risposte.target")).withHelp(text.get("risposte.target.help")),
                        Field.optional("giorni", Kind.INTERO, text.get("risposte.giorni")).withHelp(text.get("risposte.giorni.help")),
                        Field.optional("scadenza", Kind.DATA, text.get("scadenza"))),
                Schema.of(
                        Field.required("richiesta", Kind.TESTO, text.get("risposte.richiesta")),
                        Field.optional("risposta", Kind.DATA, text.get("risposte.risposta"))));
        this.text = text;
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        return Targets.problem(indicator.parameters(), false).stream().toList();
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        List<Answers.Request> requests = Answers.of(ctx.indicator(), ctx.measurements());
        if (requests.isEmpty()) {
            return noData(ctx, text.get("risposte.noData"));
        }
        long term = Answers.term(ctx.indicator());
        for (Answers.Request r : requests) {
            if (r.answered().isPresent() && r.answered().get().isBefore(r.received())) {
                return Evaluation.without(Status.ERRORE, text.get("risposte.incoherent", r.name(), Texts.date(r.answered().get()),
                        Texts.date(r.received())));
            }
        }
        LocalDate asOf = ctx.asOf();
        List<Answers.Request> due = requests.stream().filter(r -> r.isDue(asOf)).toList();
        long waiting = requests.size() - due.size();
        if (due.isEmpty()) {
            return Evaluation.without(Status.IN_CORSO, text.get("risposte.noneDue", waiting, term));
        }
        long inTime = due.stream().filter(Answers.Request::inTime).count();
        List<String> late = due.stream().filter(r -> !r.inTime())
                .map(r -> text.get(r.answered().isPresent() ? "risposte.lateOne" : "risposte.waitingOne", r.name(), r.days(asOf)))
                .toList();
        double target = Targets.share(ctx.indicator().parameters());
        double share = (double) inTime / due.size();
        String words = text.get("risposte.result", inTime, term, due.size(), Texts.percent(share), Texts.percent(target),
                waiting > 0 ? text.get("risposte.waiting", waiting) : "",
                late.isEmpty() ? "" : text.get("risposte.late", String.join(", ", late)));
        return grade(ctx, share / target, words, Pace.onPace(share / target));
    }
}
