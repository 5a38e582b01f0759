package it.albero.sector.polizialocale.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Status;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Texts;

/** Grading against a due date of the type's own (the end of a window), and threshold comparisons. */
final class Grading {

    private Grading() {
    }

    /** The final evaluation once due, "in corso" (flagged at risk when off pace) before then. */
    static Evaluation grade(EvaluationContext ctx, LocalDate due, double attainment, String text, boolean onPace) {
        double score = ctx.scoring().score(attainment);
        if (ctx.asOf().isBefore(due) && attainment < 1.0) {
            return new Evaluation(score, Status.IN_CORSO, text, !onPace);
        }
        return Evaluation.of(score, ctx.scoring().status(score), text);
    }

    /** "In corso" whatever the attainment: for targets that every period of a window must meet. */
    static Evaluation inProgress(EvaluationContext ctx, double attainment, String text, boolean onPace) {
        return new Evaluation(ctx.scoring().score(attainment), Status.IN_CORSO, text, !onPace);
    }

    /** "Dati mancanti" once due, "non ancora dovuto" before. */
    static Evaluation noData(EvaluationContext ctx, LocalDate due, String what) {
        if (ctx.asOf().isBefore(due)) {
            return Evaluation.without(Status.NON_ANCORA_DOVUTO, "Nessuna rilevazione di " + what + "; scadenza "
                    + Texts.date(due) + ".");
        }
        return Evaluation.without(Status.DATI_MANCANTI, "Nessuna rilevazione di " + what + ".");
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
