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
import it.albero.api.spi.Term;
import it.albero.api.spi.Texts;

/**
 * {@code relazioni-cittadino.risposte}: answers given within the legal term ({@link Term}) over the requests due
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

    /** The legal term in days: {@code giorni}, 30 by default (art. 2 L. 241/1990; art. 43 D.Lgs. 267/2000). */
    static int term(Indicator i) {
        return i.parameters().number("giorni").map(java.math.BigDecimal::intValue).orElse(30);
    }

    /**
     * The requests: each measurement is one, dated its receipt, with the answer's date once given; a later measurement
     * of the same request records its answer ({@link Term#of}).
     */
    static List<Term> requests(Indicator i, List<it.albero.api.model.Measurement> ms) {
        return Term.of(ms, "richiesta", "risposta", term(i), false);
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        List<Term> requests = requests(ctx.indicator(), ctx.measurements());
        if (requests.isEmpty()) {
            return noData(ctx, text.get("risposte.noData"));
        }
        int term = term(ctx.indicator());
        for (Term r : requests) {
            if (r.endsBeforeStart()) {
                return Evaluation.without(Status.ERRORE, text.get("risposte.incoherent", r.name(), Texts.date(r.end().get()),
                        Texts.date(r.start())));
            }
        }
        LocalDate asOf = ctx.asOf();
        List<Term> due = requests.stream().filter(r -> r.isDue(asOf)).toList();
        long waiting = requests.size() - due.size();
        if (due.isEmpty()) {
            return Evaluation.without(Status.IN_CORSO, text.get("risposte.noneDue", waiting, term));
        }
        long inTime = due.stream().filter(Term::inTime).count();
        List<String> late = due.stream().filter(r -> !r.inTime())
                .map(r -> text.get(r.end().isPresent() ? "risposte.lateOne" : "risposte.waitingOne", r.name(), r.elapsed(asOf)))
                .toList();
        double target = Targets.share(ctx.indicator().parameters());
        double share = (double) inTime / due.size();
        String words = text.get("risposte.result", inTime, term, due.size(), Texts.percent(share), Texts.percent(target),
                waiting > 0 ? text.get("risposte.waiting", waiting) : "",
                late.isEmpty() ? "" : text.get("risposte.late", String.join(", ", late)));
        return grade(ctx, share / target, words, Pace.onPace(share / target));
    }
}
