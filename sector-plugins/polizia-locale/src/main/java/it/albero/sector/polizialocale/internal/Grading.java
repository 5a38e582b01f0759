package it.albero.sector.polizialocale.internal;

import java.math.BigDecimal;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Status;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Texts;

/** Threshold comparisons of counts, and "in corso" for targets that every period of a window must meet. */
final class Grading {

    private Grading() {
    }

    /** "In corso" whatever the attainment: for targets that every period of a window must meet. */
    static Evaluation inProgress(EvaluationContext ctx, double attainment, String text, boolean onPace) {
        return new Evaluation(ctx.scoring().score(attainment), Status.IN_CORSO, text, !onPace);
    }

    /** The smallest whole count that meets the threshold: 51 for "> 50", 50 for ">= 50". */
    static long required(BigDecimal threshold, String comparison) {
        long t = threshold.setScale(0, java.math.RoundingMode.CEILING).longValueExact();
        return ">".equals(comparison) ? t + 1 : t;
    }

    /** "più di 50" or "almeno 50". */
    static String thresholdText(BigDecimal threshold, String comparison) {
        return (">".equals(comparison) ? "più di " : "almeno ") + Texts.number(threshold);
    }

    /** Achieved over required, 1 when nothing is required. */
    static double attainment(long achieved, long required) {
        return required <= 0 ? 1.0 : (double) achieved / required;
    }
}
