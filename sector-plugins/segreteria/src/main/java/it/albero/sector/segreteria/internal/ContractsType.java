package it.albero.sector.segreteria.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

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
import it.albero.api.spi.Messages;
import it.albero.api.spi.Pace;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Targets;
import it.albero.api.spi.Texts;

/**
 * {@code segreteria.contratti}: the contracts drawn up by the Segretario as public officer (ufficiale rogante, art. 97
 * c. 4 lett. c D.Lgs. 267/2000), registered within the legal term from the signature (30 days for public acts, art. 13
 * DPR 131/1986; {@code giorni}). Each measurement is one contract, dated its signature, with its registration date,
 * whether it is PNRR-funded and the secretarial fees collected. The score is the share registered in time over the
 * target.
 */
@Component(service = IndicatorType.class)
public class ContractsType extends BaseIndicatorType {

    static final String ID = "segreteria.contratti";

    private final Messages text;

    public ContractsType() {
        this(SegreteriaModule.italian());
    }

    ContractsType(Messages text) {
        super(ID, SegreteriaModule.ID, text.get("contratti.label"),
                Schema.of(
                        Field.required("target", Kind.PERCENTUALE, text.get("contratti.target")),
                        Field.optional("giorni", Kind.INTERO, text.get("contratti.giorni")).withHelp(text.get("contratti.giorni.help")),
                        Field.optional("scadenza", Kind.DATA, text.get("scadenza"))),
                Schema.of(
                        Field.required("contratto", Kind.TESTO, text.get("contratti.contratto")),
                        Field.required("registrazione", Kind.DATA, text.get("contratti.registrazione")),
                        Field.choice("pnrr", text.get("contratti.pnrr"), false, List.of("si", "no")),
                        Field.optional("diritti", Kind.NUMERO, text.get("contratti.diritti"))));
        this.text = text;
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        return Targets.problem(indicator.parameters(), false).stream().toList();
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        int year = ctx.referenceYear();
        long days = ctx.indicator().parameters().number("giorni").map(BigDecimal::longValue).orElse(30L);
        int contracts = 0;
        int inTime = 0;
        int pnrr = 0;
        BigDecimal fees = BigDecimal.ZERO;
        List<String> late = new ArrayList<>();
        for (Measurement m : ctx.measurements()) {
            if (m.date().getYear() != year) {
                continue;
            }
            LocalDate registered = m.values().requireDate("registrazione");
            String name = m.values().requireText("contratto");
            if (registered.isBefore(m.date())) {
                return Evaluation.without(Status.ERRORE, text.get("contratti.incoherent", name, Texts.date(registered),
                        Texts.date(m.date())));
            }
            contracts++;
            long took = ChronoUnit.DAYS.between(m.date(), registered);
            if (took <= days) {
                inTime++;
            } else {
                late.add(text.get("contratti.lateOne", name, took));
            }
            if ("si".equals(m.values().text("pnrr").orElse(""))) {
                pnrr++;
            }
            fees = fees.add(m.values().number("diritti").orElse(BigDecimal.ZERO));
        }
        if (contracts == 0) {
            return noData(ctx, text.get("contratti.noData"));
        }
        double target = Targets.share(ctx.indicator().parameters());
        double share = (double) inTime / contracts;
        String extra = (pnrr > 0 ? text.get("contratti.pnrrCount", pnrr) : "")
                + (fees.signum() > 0 ? text.get("contratti.fees", Texts.number(fees)) : "")
                + (late.isEmpty() ? "" : text.get("contratti.late", String.join(", ", late)));
        String words = text.get(contracts == 1 ? "contratti.result.one" : "contratti.result.many", contracts, year, inTime,
                days, Texts.percent(share), Texts.percent(target), extra);
        return grade(ctx, share / target, words, Pace.onPace(share / target));
    }
}
