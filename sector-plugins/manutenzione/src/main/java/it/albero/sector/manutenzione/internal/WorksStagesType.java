package it.albero.sector.manutenzione.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Indicator;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Field;
import it.albero.api.spi.Field.Kind;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Messages;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Steps.Done;
import it.albero.api.spi.Texts;

/**
 * {@code manutenzione.fasi-opera}: the stages of a public work in their legal order (approval of the executive
 * design, award, delivery of works, SAL n., end of works, final account, certificate of regular execution), each by
 * its date. With the end of works recorded, the explanation says by when the CRE is due: within three months
 * ({@code mesi_cre}; Allegato II.14 D.Lgs. 36/2023), and whether it came in time.
 */
@Component(service = IndicatorType.class)
public class WorksStagesType extends StagesType {

    static final String ID = "manutenzione.fasi-opera";

    public WorksStagesType() {
        this(ManutenzioneModule.italian());
    }

    WorksStagesType(Messages text) {
        super(ID, text.get("opera.label"),
                Schema.of(
                        Field.required("fasi", Kind.ELENCO, text.get("fasi.fasi")).withHelp(text.get("opera.fasi.help")),
                        Field.optional("opera", Kind.TESTO, text.get("opera.opera")).withHelp(text.get("opera.opera.help")),
                        Field.optional("mesi_cre", Kind.INTERO, text.get("opera.mesi_cre")).withHelp(text.get("opera.mesi_cre.help"))),
                Schema.of(
                        Field.choice("fase", text.get("fasi.fase"), true, Stages.WORKS.order()),
                        Field.optional("numero", Kind.INTERO, text.get("fasi.numero")),
                        Field.optional("atto", Kind.TESTO, text.get("fasi.atto"))),
                Stages.WORKS, text);
    }

    /** The months from the end of works within which the CRE is due (3 unless the indicator says otherwise). */
    static int creMonths(Indicator i) {
        return i.parameters().number("mesi_cre").map(BigDecimal::intValue).orElse(3);
    }

    @Override
    protected String extra(EvaluationContext ctx) {
        List<Done> done = Stages.WORKS.done(ctx.measurements(), "fase", Stages.NUMBERED);
        Optional<Done> end = done.stream().filter(d -> d.step().name().equals("fine-lavori")).findFirst();
        if (end.isEmpty()) {
            return "";
        }
        int months = creMonths(ctx.indicator());
        LocalDate limit = end.get().date().plusMonths(months);
        Optional<Done> cre = done.stream().filter(d -> d.step().name().equals("cre")).findFirst();
        if (cre.isPresent()) {
            return cre.get().date().isAfter(limit) ? text.get("opera.cre.late", Texts.date(cre.get().date()), months, Texts.date(limit))
                    : "";
        }
        return text.get(ctx.asOf().isAfter(limit) ? "opera.cre.overdue" : "opera.cre.due", months, Texts.date(limit));
    }
}
