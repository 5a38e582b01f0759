package it.albero.sector.polizialocale.internal;

import java.math.BigDecimal;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Measurement;
import it.albero.api.spi.BaseIndicatorType;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Field;
import it.albero.api.spi.Field.Kind;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Pace;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Window;

/**
 * {@code polizia-locale.protezione-civile}: Protezione Civile exercises held in the year, or volunteers
 * involved. Exercises add up; volunteers are people, so activities are not summed (the same volunteer joins
 * several): the largest number of volunteers reported counts.
 */
@Component(service = IndicatorType.class)
public class CivilProtectionType extends BaseIndicatorType {

    static final String ID = "polizia-locale.protezione-civile";

    public CivilProtectionType() {
        super(ID, PoliziaLocaleModule.ID, "Protezione Civile: esercitazioni e volontari",
                Schema.of(
                        Field.choice("misura", "Che cosa si conta", true, List.of("esercitazioni", "volontari")),
                        Field.required("soglia", Kind.INTERO, "Soglia"),
                        Field.choice("confronto", "Confronto con la soglia", false, List.of(">", ">="))),
                Schema.of(
                        Field.optional("esercitazioni", Kind.INTERO, "Esercitazioni svolte"),
                        Field.optional("volontari", Kind.INTERO, "Volontari coinvolti (persone distinte)"),
                        Field.choice("sovracomunale", "A livello sovracomunale", false, List.of("si", "no")),
                        Field.optional("attivita", Kind.TESTO, "Attività (es. montaggio tende, IO NON RISCHIO)")));
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        var p = ctx.indicator().parameters();
        boolean volunteers = "volontari".equals(p.requireText("misura"));
        BigDecimal threshold = p.requireNumber("soglia");
        String comparison = p.text("confronto").orElse(">=");
        Window year = Window.year(ctx.referenceYear());
        long exercises = 0;
        long above = 0;
        long maxVolunteers = 0;
        int counted = 0;
        for (Measurement m : ctx.measurements()) {
            if (!year.contains(m.date())) {
                continue;
            }
            String field = volunteers ? "volontari" : "esercitazioni";
            if (!m.values().has(field)) {
                continue;
            }
            counted++;
            long n = m.values().requireNumber(field).longValue();
            if (volunteers) {
                maxVolunteers = Math.max(maxVolunteers, n);
            } else {
                exercises += n;
                if ("si".equals(m.values().text("sovracomunale").orElse("no"))) {
                    above += n;
                }
            }
        }
        java.time.LocalDate due = deadline(ctx).orElse(year.to());
        if (counted == 0) {
            return noData(ctx, due, volunteers ? "volontari coinvolti" : "esercitazioni");
        }
        long value = volunteers ? maxVolunteers : exercises;
        double attainment = Grading.attainment(value, Grading.required(threshold, comparison));
        String text = volunteers
                ? maxVolunteers + " volontari coinvolti (il numero più alto rilevato) contro una soglia di "
                        + Grading.thresholdText(threshold, comparison) + "."
                : exercises + " esercitazioni nell'anno" + (above > 0 ? " (di cui " + above + " sovracomunali)" : "")
                        + " contro una soglia di " + Grading.thresholdText(threshold, comparison) + ".";
        boolean onPace = volunteers || Pace.onPace(attainment, year.from(), year.to(), ctx.asOf());
        return grade(ctx, due, attainment, text, onPace);
    }
}
