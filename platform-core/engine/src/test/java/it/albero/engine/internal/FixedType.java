package it.albero.engine.internal;

import java.util.function.Function;

import it.albero.api.model.Evaluation;
import it.albero.api.spi.BaseIndicatorType;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Schema;

/** A type whose behaviour the test chooses. */
final class FixedType extends BaseIndicatorType {

    private final Function<EvaluationContext, Evaluation> behaviour;

    FixedType(String id, Function<EvaluationContext, Evaluation> behaviour) {
        super(id, id.contains(".") ? id.substring(0, id.indexOf('.')) : "core", "tipo " + id, Schema.of(), Schema.of());
        this.behaviour = behaviour;
    }

    @Override
    public Evaluation evaluate(EvaluationContext context) {
        return behaviour.apply(context);
    }
}
