package it.albero.sector.risorseumane.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.spi.BaseIndicatorType;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Field;
import it.albero.api.spi.Field.Kind;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Messages;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Steps;
import it.albero.api.spi.Steps.Assessment;
import it.albero.api.spi.Steps.Planned;

/**
 * {@code risorse-umane.contrattazione}: the decentralised bargaining path ({@link Bargaining}) as ordered steps. A
 * planned step is met when recorded by its date and after every earlier step ({@link Steps}); the score is the share
 * of planned steps met. A recorded unilateral act stands for the agreement's steps ("Stipula del CCI o, in
 * alternativa, adozione dell'Atto Unilaterale").
 */
@Component(service = IndicatorType.class)
public class BargainingType extends BaseIndicatorType {

    static final String ID = "risorse-umane.contrattazione";

    private final Messages text;

    public BargainingType() {
        this(RisorseUmaneModule.italian());
    }

    BargainingType(Messages text) {
        super(ID, RisorseUmaneModule.ID, text.get("contrattazione.label"),
                Schema.of(
                        Field.optional("fasi", Kind.ELENCO, text.get("contrattazione.fasi"))
                                .withHelp(text.get("contrattazione.fasi.help")),
                        Field.optional("scadenza", Kind.DATA, text.get("scadenza"))),
                Schema.of(
                        Field.choice("fase", text.get("contrattazione.fase"), true, Bargaining.PATH.order()),
                        Field.optional("atto", Kind.TESTO, text.get("contrattazione.atto"))));
        this.text = text;
    }

    String label(Steps.Step s) {
        return text.get("fase." + s.name());
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        List<String> problems = new ArrayList<>();
        List<Planned> planned = Bargaining.planned(indicator, indicator.parameters().date("scadenza")
                .or(() -> indicator.timing().deadline()));
        for (Planned[] pair : Bargaining.PATH.planInversions(planned)) {
            problems.add(text.get("contrattazione.planOrder", label(pair[1].step()), label(pair[0].step())));
        }
        return problems;
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        var done = Bargaining.done(ctx.measurements());
        List<Planned> planned = Bargaining.withUnilateralAct(Bargaining.planned(ctx.indicator(), deadline(ctx)), done);
        LocalDate last = planned.stream().map(Planned::due).filter(d -> d != null).max(LocalDate::compareTo)
                .orElse(LocalDate.of(ctx.referenceYear(), 12, 31));
        if (done.isEmpty()) {
            return noData(ctx, last, text.get("contrattazione.noData"));
        }
        List<Assessment> assessed = Bargaining.PATH.assess(planned, done, ctx.asOf());
        String words = Steps.explain(assessed, this::label, text.locale()) + ".";
        return grade(ctx, last, Steps.attainment(assessed), words, Steps.onPace(assessed));
    }
}
