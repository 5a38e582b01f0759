package it.albero.sector.entrate.internal;

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
import it.albero.api.spi.Schema;
import it.albero.api.spi.Texts;

/**
 * {@code entrate.tari-puntuale}: one step of the move to the TARI puntuale (PEF, regolamento, tariffe, avvio),
 * due by a date. The regolamento and the tariffe of year Y take effect only if published on the Portale del
 * federalismo fiscale (MEF) by 28 October of Y (art. 13 c. 15-ter D.L. 201/2011): when the plan names the year
 * they apply to, an act published on the portal later, or not at all, does not meet the step.
 */
@Component(service = IndicatorType.class)
public class TariPuntualeType extends BaseIndicatorType {

    static final String ID = "entrate.tari-puntuale";

    static final List<String> STEPS = List.of("pef", "regolamento", "tariffe", "avvio");

    public TariPuntualeType() {
        super(ID, EntrateModule.ID, "TARI puntuale: passo del percorso (PEF, regolamento, tariffe, avvio)",
                Schema.of(
                        Field.choice("passo", "Passo", true, STEPS),
                        Field.required("scadenza", Kind.DATA, "Scadenza"),
                        Field.optional("anno_efficacia", Kind.INTERO, "Anno in cui l'atto deve avere effetto")
                                .withHelp("Regolamento e tariffe valgono per l'anno solo se pubblicati sul portale MEF"
                                        + " entro il 28 ottobre")),
                Schema.of(
                        Field.required("atto", Kind.TESTO, "Atto (delibera, pubblicazione)"),
                        Field.optional("pubblicazione_mef", Kind.DATA, "Pubblicazione sul portale del federalismo fiscale")));
    }

    /** The last day a TARI act can be published on the MEF portal to take effect in a year. */
    static LocalDate mefLimit(int year) {
        return LocalDate.of(year, 10, 28);
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        var p = indicator.parameters();
        Optional<Integer> year = p.number("anno_efficacia").map(n -> n.intValue());
        if (year.isPresent() && List.of("regolamento", "tariffe").contains(p.requireText("passo"))
                && p.requireDate("scadenza").isAfter(mefLimit(year.get()))) {
            return List.of("la scadenza " + Texts.date(p.requireDate("scadenza")) + " è oltre il "
                    + Texts.date(mefLimit(year.get())) + ": l'atto non avrebbe effetto nel " + year.get());
        }
        return List.of();
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        var p = ctx.indicator().parameters();
        String step = p.requireText("passo");
        LocalDate due = p.requireDate("scadenza");
        Optional<Measurement> done = ctx.measurements().stream().findFirst();
        if (done.isEmpty()) {
            return noData(ctx, "atto per il passo '" + step + "' della TARI puntuale");
        }
        Measurement m = done.get();
        String act = m.values().requireText("atto");
        String text = "Passo '" + step + "': " + act + " del " + Texts.date(m.date());
        if (m.date().isAfter(due)) {
            return Evaluation.of(ctx.scoring().score(0), Status.NON_RAGGIUNTO, text + ", oltre la scadenza del "
                    + Texts.date(due) + ".");
        }
        Optional<Integer> year = p.number("anno_efficacia").map(n -> n.intValue());
        if (year.isPresent() && List.of("regolamento", "tariffe").contains(step)) {
            LocalDate limit = mefLimit(year.get());
            Optional<LocalDate> mef = ctx.measurements().stream().map(x -> x.values().date("pubblicazione_mef"))
                    .flatMap(Optional::stream).findFirst();
            if (mef.isEmpty()) {
                String missing = text + "; manca la pubblicazione sul portale del federalismo fiscale (entro il "
                        + Texts.date(limit) + " per l'efficacia nel " + year.get() + ").";
                return ctx.asOf().isAfter(limit) ? Evaluation.of(ctx.scoring().score(0), Status.NON_RAGGIUNTO, missing)
                        : new Evaluation(ctx.scoring().score(0.5), Status.IN_CORSO, missing, false);
            }
            if (mef.get().isAfter(limit)) {
                return Evaluation.of(ctx.scoring().score(0), Status.NON_RAGGIUNTO, text + "; pubblicato sul portale MEF"
                        + " il " + Texts.date(mef.get()) + ", oltre il " + Texts.date(limit) + ": non ha effetto nel "
                        + year.get() + ".");
            }
            text += "; pubblicato sul portale MEF il " + Texts.date(mef.get());
        }
        double score = ctx.scoring().score(1);
        return Evaluation.of(score, ctx.scoring().status(score), text + ", entro la scadenza del " + Texts.date(due) + ".");
    }
}
