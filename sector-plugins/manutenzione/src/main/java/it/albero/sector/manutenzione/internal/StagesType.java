package it.albero.sector.manutenzione.internal;

import java.time.LocalDate;
import java.util.List;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.spi.BaseIndicatorType;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Messages;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Steps;
import it.albero.api.spi.Steps.Assessment;
import it.albero.api.spi.Steps.Planned;

/**
 * An indicator of ordered steps ({@link Stages}): a planned step is met when recorded by its date and after every
 * earlier step; the score is the share of planned steps met, "in corso" until the last is due.
 */
abstract class StagesType extends BaseIndicatorType {

    protected final Messages text;
    private final Steps steps;

    StagesType(String id, String label, Schema parameters, Schema measurement, Steps steps, Messages text) {
        super(id, ManutenzioneModule.ID, label, parameters, measurement);
        this.steps = steps;
        this.text = text;
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        return Stages.validate(steps, indicator, text);
    }

    /** What the type adds to the explanation (with its leading "; "), or nothing. */
    protected String extra(EvaluationContext ctx) {
        return "";
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        List<Planned> planned = Stages.planned(steps, ctx.indicator());
        LocalDate last = planned.stream().map(Planned::due).max(LocalDate::compareTo).orElseThrow();
        if (ctx.measurements().isEmpty()) {
            return noData(ctx, last, text.get("fasi.noData"));
        }
        List<Assessment> assessed = steps.assess(planned, steps.done(ctx.measurements(), "fase", Stages.NUMBERED), ctx.asOf());
        String words = Steps.explain(assessed, st -> Stages.label(text, st), text.locale()) + extra(ctx) + ".";
        return grade(ctx, last, Steps.attainment(assessed), words, Steps.onPace(assessed));
    }
}
