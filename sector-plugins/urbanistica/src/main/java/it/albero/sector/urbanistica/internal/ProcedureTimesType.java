package it.albero.sector.urbanistica.internal;

import java.math.BigDecimal;
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
 * {@code urbanistica.tempi-procedimento}: the statutory time of a building or planning procedure (the 60 days of the
 * building permit's review, art. 20 c. 3 DPR 380/2001; the days of a landscape authorisation...): the practices
 * concluded within {@code giorni} (calendar or working days) of their application, over those due (concluded, or past
 * their term), against a target. Each measurement is a practice, dated its application, with its conclusion once
 * given ({@link Term}).
 */
@Component(service = IndicatorType.class)
public class ProcedureTimesType extends BaseIndicatorType {

    static final String ID = "urbanistica.tempi-procedimento";

    private final Messages text;

    public ProcedureTimesType() {
        this(UrbanisticaModule.italian());
    }

    ProcedureTimesType(Messages text) {
        super(ID, UrbanisticaModule.ID, text.get("tempi.label"),
                Schema.of(
                        Field.required("giorni", Kind.INTERO, text.get("tempi.giorni")),
                        Field.choice("lavorativi", text.get("tempi.lavorativi"), false, List.of("si", "no")),
                        Field.optional("procedimento", Kind.TESTO, text.get("tempi.procedimento")),
                        Field.optional("target", Kind.PERCENTUALE, text.get("tempi.target")).withHelp(text.get("tempi.target.help")),
                        Field.optional("scadenza", Kind.DATA, text.get("tempi.scadenza"))),
                Schema.of(
                        Field.required("pratica", Kind.TESTO, text.get("tempi.pratica")),
                        Field.optional("conclusione", Kind.DATA, text.get("tempi.conclusione"))));
        this.text = text;
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        if (indicator.parameters().requireNumber("giorni").signum() <= 0) {
            return List.of(text.get("tempi.invalid"));
        }
        return Targets.problem(indicator.parameters(), false).stream().toList();
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        var p = ctx.indicator().parameters();
        int days = p.requireNumber("giorni").intValue();
        boolean working = "si".equals(p.text("lavorativi").orElse("no"));
        List<Term> practices = Term.of(ctx.measurements(), "pratica", "conclusione", days, working);
        if (practices.isEmpty()) {
            return noData(ctx, text.get("tempi.noData"));
        }
        var broken = practices.stream().filter(Term::endsBeforeStart).findFirst();
        if (broken.isPresent()) {
            return Evaluation.without(Status.ERRORE, text.get("tempi.incoherent", broken.get().name(),
                    Texts.date(broken.get().end().orElseThrow()), Texts.date(broken.get().start())));
        }
        List<Term> due = practices.stream().filter(t -> t.isDue(ctx.asOf())).toList();
        String unit = text.get(working ? "tempi.working" : "tempi.calendar");
        String procedure = p.text("procedimento").map(s -> " (" + s + ")").orElse("");
        if (due.isEmpty()) {
            return Evaluation.without(Status.IN_CORSO, text.get("tempi.noneDue", practices.size(), days, unit, procedure));
        }
        long inTime = due.stream().filter(Term::inTime).count();
        String late = String.join(", ", due.stream().filter(t -> !t.inTime())
                .map(t -> text.get(t.end().isPresent() ? "tempi.lateOne" : "tempi.openOne", t.name(), t.elapsed(ctx.asOf()), unit)).toList());
        double target = Targets.percent(p).divide(BigDecimal.valueOf(100)).doubleValue();
        double share = (double) inTime / due.size();
        String words = text.get("tempi.result", inTime, due.size(), days, unit, procedure, Texts.percent(share),
                Texts.percent(target), practices.size() - due.size(), late.isEmpty() ? "" : text.get("tempi.late", late));
        return grade(ctx, share / target, words, Pace.onPace(share / target));
    }
}
