package it.albero.sector.polizialocale.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Measurement;
import it.albero.api.model.Status;
import it.albero.api.spi.BaseIndicatorType;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Field;
import it.albero.api.spi.Field.Kind;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Window;

/**
 * {@code polizia-locale.zero-reati}: no crimes of a kind in a window ("nessuna rapina dal 15 al 31 dicembre"),
 * from the complaints filed. One crime fails the objective at once. After the window the result is final only
 * when a closing measurement dated on or after its last day says the period is covered: the absence of
 * records is not the absence of crimes.
 */
@Component(service = IndicatorType.class)
public class NoCrimesType extends BaseIndicatorType {

    static final String ID = "polizia-locale.zero-reati";

    public NoCrimesType() {
        super(ID, PoliziaLocaleModule.ID, "Nessun reato nel periodo",
                Schema.of(
                        Field.required("finestra", Kind.FINESTRA, "Periodo")
                                .withHelp("Es. {da: 2025-12-15, a: 2025-12-31}"),
                        Field.optional("reato", Kind.TESTO, "Reato (al singolare)")
                                .withHelp("Es. 'rapina presso esercizi commerciali'; predefinito 'reato'")),
                Schema.of(
                        Field.required("reati", Kind.INTERO, "Reati verificatisi"),
                        Field.optional("denunce", Kind.INTERO, "Denunce presentate per reati predatori")));
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        var p = ctx.indicator().parameters();
        Window w = Window.of(p, "finestra").orElseThrow();
        String crime = p.text("reato").orElse("reato");
        if (ctx.asOf().isBefore(w.from())) {
            return Evaluation.without(Status.NON_ANCORA_DOVUTO, "Il periodo " + w.words() + " non è ancora iniziato.");
        }
        long crimes = 0;
        long complaints = 0;
        boolean covered = false;
        boolean any = false;
        for (Measurement m : ctx.measurements()) {
            if (m.date().isBefore(w.from())) {
                continue;
            }
            any = true;
            crimes += m.values().requireNumber("reati").longValue();
            complaints += m.values().number("denunce").map(java.math.BigDecimal::longValue).orElse(0L);
            covered |= !m.date().isBefore(w.to());
        }
        String complaintsText = complaints > 0 ? " (denunce per reati predatori: " + complaints + ")" : "";
        if (crimes > 0) {
            return Evaluation.of(0, Status.NON_RAGGIUNTO, crimes + " casi di " + crime + " " + w.words()
                    + complaintsText + ": obiettivo non raggiunto.");
        }
        if (ctx.asOf().isBefore(w.to())) {
            return new Evaluation(ctx.scoring().score(1), Status.IN_CORSO, (any ? "Nessun caso di " : "Nessun caso registrato di ")
                    + crime + " finora; il periodo " + w.words() + " è in corso" + complaintsText + ".", false);
        }
        if (!covered) {
            return Evaluation.without(Status.DATI_MANCANTI, "Manca la rilevazione di chiusura del periodo " + w.words()
                    + " (una rilevazione datata dal " + it.albero.api.spi.Texts.date(w.to())
                    + " in poi): senza di essa l'assenza di " + crime + " non è accertata.");
        }
        double score = ctx.scoring().score(1);
        return Evaluation.of(score, ctx.scoring().status(score), "Nessun caso di " + crime + " " + w.words()
                + complaintsText + ".");
    }

    @Override
    protected List<String> validateParameters(it.albero.api.model.Indicator indicator) {
        return List.of();
    }
}
