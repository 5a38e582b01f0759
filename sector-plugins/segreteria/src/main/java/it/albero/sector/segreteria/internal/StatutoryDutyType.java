package it.albero.sector.segreteria.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Values;
import it.albero.api.spi.BaseIndicatorType;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Field;
import it.albero.api.spi.Field.Kind;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Messages;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Texts;

/**
 * {@code segreteria.adempimento}: a duty of the planning, anticorruption and transparency calendar ({@link Duty}: PIAO,
 * Relazione sulla performance, DUP, RPCT report, OIV attestation...) done by the plan's deadline, with its statutory
 * date said beside it: the plan may give itself a later date than the law (the comune's PIAO "entro giugno"), and the
 * director and the OIV read both. The measurement is the act, dated the day it was adopted; the latest counts.
 */
@Component(service = IndicatorType.class)
public class StatutoryDutyType extends BaseIndicatorType {

    static final String ID = "segreteria.adempimento";

    private final Messages text;

    public StatutoryDutyType() {
        this(SegreteriaModule.italian());
    }

    StatutoryDutyType(Messages text) {
        super(ID, SegreteriaModule.ID, text.get("adempimento.label"),
                Schema.of(
                        Field.choice("adempimento", text.get("adempimento.adempimento"), true, Duty.keys()),
                        Field.optional("scadenza", Kind.DATA, text.get("adempimento.scadenza"))
                                .withHelp(text.get("adempimento.scadenza.help")),
                        Field.optional("termine", Kind.DATA, text.get("adempimento.termine"))
                                .withHelp(text.get("adempimento.termine.help"))),
                Schema.of(Field.required("atto", Kind.TESTO, text.get("adempimento.atto"))));
        this.text = text;
    }

    static Duty duty(Indicator i) {
        return Duty.of(i.parameters().requireText("adempimento"));
    }

    /** The statutory date of the indicator's duty in the plan's year. */
    static Optional<LocalDate> statutory(Indicator i, int year) {
        return duty(i).statutory(year, i.parameters().date("termine"));
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        Duty duty = duty(ctx.indicator());
        String name = text.get("duty." + duty.key);
        Optional<LocalDate> law = statutory(ctx.indicator(), ctx.referenceYear());
        LocalDate due = deadline(ctx).or(() -> law).orElse(LocalDate.of(ctx.referenceYear(), 12, 31));
        Optional<Measurement> last = latest(ctx);
        if (last.isEmpty()) {
            return noData(ctx, due, name);
        }
        LocalDate done = last.get().date();
        Values v = last.get().values();
        String lawText = law.map(d -> done.isAfter(d)
                ? text.get("adempimento.law.over", Texts.date(d), duty.law, ChronoUnit.DAYS.between(d, done))
                : text.get("adempimento.law.within", Texts.date(d), duty.law)).orElse(text.get("adempimento.law.none", duty.law));
        boolean inTime = !done.isAfter(due);
        String words = text.get(inTime ? "adempimento.inTime" : "adempimento.late", name, Texts.date(done),
                v.requireText("atto"), Texts.date(due), lawText);
        return grade(ctx, due, inTime ? 1 : 0, words, inTime);
    }
}
