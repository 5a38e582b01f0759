package it.albero.sector.pnrr.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
import it.albero.api.spi.Texts;

/**
 * {@code pnrr.milestone-target}: a milestone (a qualitative result, proved by an act) or a target (a
 * quantitative result) of a PNRR measure, due by a date. PNRR rules pay only results reached by their date:
 * a milestone reached late is not reached, and a target counts the value reached by its date.
 */
@Component(service = IndicatorType.class)
public class MilestoneTargetType extends BaseIndicatorType {

    static final String ID = "pnrr.milestone-target";

    public MilestoneTargetType() {
        super(ID, PnrrModule.ID, "Milestone o target di una misura PNRR",
                Schema.of(
                        Field.choice("tipo", "Milestone o target", true, List.of("milestone", "target")),
                        Field.required("scadenza", Kind.DATA, "Scadenza"),
                        Field.optional("descrizione", Kind.TESTO, "Descrizione del risultato"),
                        Field.optional("valore_atteso", Kind.NUMERO, "Valore atteso (per un target)"),
                        Field.optional("unita", Kind.TESTO, "Unità di misura (per un target, es. 'famiglie')")),
                Schema.of(
                        Field.optional("valore", Kind.NUMERO, "Valore raggiunto (per un target)"),
                        Field.optional("atto", Kind.TESTO, "Atto che prova il risultato")));
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        var p = indicator.parameters();
        if ("target".equals(p.requireText("tipo"))) {
            Optional<BigDecimal> expected = p.number("valore_atteso");
            if (expected.isEmpty() || expected.get().signum() <= 0) {
                return List.of("un target richiede un 'valore_atteso' positivo");
            }
        }
        return List.of();
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        var p = ctx.indicator().parameters();
        LocalDate due = p.requireDate("scadenza");
        String what = p.text("descrizione").map(d -> " (" + d + ")").orElse("");
        if ("milestone".equals(p.requireText("tipo"))) {
            Optional<Measurement> done = ctx.measurements().stream().findFirst();
            if (done.isEmpty()) {
                return noData(ctx, "conseguimento della milestone" + what);
            }
            Measurement m = done.get();
            String act = Optional.ofNullable(m.values().text("atto").orElse(m.evidence()))
                    .map(a -> " (" + a + ")").orElse("");
            if (m.date().isAfter(due)) {
                return Evaluation.of(ctx.scoring().score(0), Status.NON_RAGGIUNTO, "Milestone" + what
                        + " conseguita il " + Texts.date(m.date()) + act + ", oltre la scadenza PNRR del "
                        + Texts.date(due) + ".");
            }
            double score = ctx.scoring().score(1);
            return Evaluation.of(score, ctx.scoring().status(score), "Milestone" + what + " conseguita il "
                    + Texts.date(m.date()) + act + ", entro la scadenza del " + Texts.date(due) + ".");
        }
        BigDecimal expected = p.requireNumber("valore_atteso");
        String unit = p.text("unita").map(u -> " " + u).orElse("");
        Optional<Measurement> byDue = ctx.measurements().stream().filter(m -> !m.date().isAfter(due))
                .filter(m -> m.values().has("valore")).reduce((a, b) -> b);
        Optional<Measurement> last = ctx.measurements().stream().filter(m -> m.values().has("valore")).reduce((a, b) -> b);
        if (last.isEmpty()) {
            return noData(ctx, "valore del target" + what);
        }
        BigDecimal reached = byDue.map(m -> m.values().requireNumber("valore")).orElse(BigDecimal.ZERO);
        String text = "Target" + what + ": " + Texts.number(reached) + unit + " su " + Texts.number(expected) + unit
                + " attesi entro il " + Texts.date(due);
        BigDecimal latest = last.get().values().requireNumber("valore");
        if (last.get().date().isAfter(due) && latest.compareTo(reached) > 0) {
            text += " (" + Texts.number(latest) + " al " + Texts.date(last.get().date())
                    + ", oltre la scadenza: non conteggiati)";
        }
        double attainment = reached.doubleValue() / expected.doubleValue();
        LocalDate start = LocalDate.of(ctx.referenceYear(), 1, 1);
        return grade(ctx, attainment, text + ".", Pace.onPace(attainment, start, due, ctx.asOf()));
    }
}
