package it.albero.sector.entrate.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
import it.albero.api.spi.Targets;
import it.albero.api.spi.Texts;

/**
 * {@code entrate.avvisi}: tax assessment notices issued against those to issue, with the statute of
 * limitations: notices for tax year Y count only if issued by 31 December of Y+5.
 * <p>
 * Parameters: {@code target} (% of notices to issue, default 100), {@code anno_imposta} (the tax year
 * assessed, optional), {@code scadenza} (optional). A measurement carries {@code emessi} and
 * {@code da_emettere} as of its date (cumulative: the latest counts).
 */
@Component(service = IndicatorType.class)
public class AssessmentNoticesType extends BaseIndicatorType {

    static final String ID = EntrateModule.ID + ".avvisi";

    public AssessmentNoticesType() {
        super(ID, EntrateModule.ID, "Avvisi di accertamento emessi su quelli da emettere",
                Schema.of(
                        Field.optional("target", Kind.PERCENTUALE, "Target (% degli avvisi da emettere)")
                                .withHelp("Predefinito 100"),
                        Field.optional("anno_imposta", Kind.INTERO, "Anno d'imposta accertato")
                                .withHelp("Gli avvisi vanno notificati entro il 31/12 del quinto anno successivo"),
                        Field.optional("scadenza", Kind.DATA, "Scadenza")),
                Schema.of(
                        Field.required("emessi", Kind.INTERO, "Avvisi emessi"),
                        Field.required("da_emettere", Kind.INTERO, "Avvisi da emettere")));
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        List<String> problems = new ArrayList<>();
        Targets.problem(indicator.parameters(), false).ifPresent(problems::add);
        Optional<BigDecimal> year = indicator.parameters().number("anno_imposta");
        Optional<LocalDate> due = indicator.parameters().date("scadenza").or(() -> indicator.timing().deadline());
        if (year.isPresent() && due.isPresent() && due.get().isAfter(Prescription.lastDay(year.get().intValue()))) {
            problems.add("la scadenza " + Texts.date(due.get()) + " è oltre la prescrizione degli avvisi per l'anno "
                    + year.get().intValue() + " (" + Texts.date(Prescription.lastDay(year.get().intValue())) + ")");
        }
        return problems;
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        Optional<Measurement> last = latest(ctx);
        if (last.isEmpty()) {
            return noData(ctx, "avvisi emessi");
        }
        BigDecimal issued = last.get().values().requireNumber("emessi");
        BigDecimal toIssue = last.get().values().requireNumber("da_emettere");
        double target = Targets.share(ctx.indicator().parameters());
        Optional<BigDecimal> year = ctx.indicator().parameters().number("anno_imposta");
        if (toIssue.signum() == 0) {
            return Evaluation.of(1, Status.RAGGIUNTO, "Nessun avviso da emettere alla data del "
                    + Texts.date(last.get().date()) + ".");
        }
        double share = issued.doubleValue() / toIssue.doubleValue();
        String text = Texts.number(issued) + " avvisi emessi su " + Texts.number(toIssue) + " da emettere: "
                + Texts.percent(share) + " contro un target del " + Texts.percent(target);
        if (year.isPresent()) {
            LocalDate limit = Prescription.lastDay(year.get().intValue());
            if (ctx.asOf().isAfter(limit) && share < target) {
                return Evaluation.of(ctx.scoring().score(share / target), Status.NON_RAGGIUNTO, text
                        + "; gli avvisi dell'anno " + year.get().intValue() + " non emessi entro il "
                        + Texts.date(limit) + " sono prescritti.");
            }
            text += " (prescrizione " + Texts.date(limit) + ")";
        }
        Optional<LocalDate> due = deadline(ctx);
        boolean onPace = true;
        if (due.isPresent() && ctx.asOf().isBefore(due.get())) {
            onPace = Pace.onPace(share / target, LocalDate.of(ctx.referenceYear(), 1, 1), due.get(), ctx.asOf());
        }
        return grade(ctx, share / target, text + ".", onPace);
    }
}
