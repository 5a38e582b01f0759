package it.albero.sector.pianodizona.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Status;
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
 * {@code piano-di-zona.macro-obiettivo}: a triennial macro-objective of the Piano di Zona, evaluated on its
 * declination for the plan's reference year. The year's result is the mean score of the indicators listed in
 * {@code componenti} (the projects that realise it) when given, else the completion the director records.
 */
@Component(service = IndicatorType.class, configurationPid = PianoDiZonaModule.PID)
public class MacroObjectiveType extends BaseIndicatorType {

    static final String ID = "piano-di-zona.macro-obiettivo";

    private final Messages text;

    /** In Italian. */
    public MacroObjectiveType() {
        this(PianoDiZonaModule.italian());
    }

    @Activate
    public MacroObjectiveType(PianoDiZonaConfig config) {
        this(PianoDiZonaModule.messages(config));
    }

    MacroObjectiveType(Messages text) {
        super(ID, PianoDiZonaModule.ID, text.get("macro.label"),
                Schema.of(
                        Field.required("declinazioni", Kind.ELENCO, text.get("macro.declinazioni"))
                                .withHelp(text.get("macro.declinazioni.help")),
                        Field.optional("componenti", Kind.ELENCO, text.get("macro.componenti")),
                        Field.optional("scadenza", Kind.DATA, text.get("macro.scadenza"))),
                Schema.of(
                        Field.required("completamento", Kind.PERCENTUALE, text.get("macro.completamento")),
                        Field.optional("anno", Kind.INTERO, text.get("macro.anno"))));
        this.text = text;
    }

    /** The declination for a year, if the indicator has one. */
    static Optional<Values> declination(Indicator indicator, int year) {
        for (Values d : indicator.parameters().valuesList("declinazioni")) {
            if (d.number("anno").map(BigDecimal::intValue).orElse(-1) == year) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        List<String> problems = new ArrayList<>();
        for (Values d : indicator.parameters().valuesList("declinazioni")) {
            if (d.number("anno").isEmpty()) {
                problems.add(text.get("macro.invalidYear"));
            }
        }
        return problems;
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        int year = ctx.referenceYear();
        Optional<Values> decl = declination(ctx.indicator(), year);
        if (decl.isEmpty()) {
            return Evaluation.without(Status.DATI_MANCANTI, text.get("macro.noDeclination", year));
        }
        String what = decl.get().text("risultato").map(r -> text.get("macro.declinationOf", year, r))
                .orElse(text.get("macro.declination", year));
        List<String> components = new ArrayList<>();
        for (Object c : ctx.indicator().parameters().list("componenti")) {
            components.add(c instanceof Values v ? v.requireText("codice") : c.toString());
        }
        if (!components.isEmpty()) {
            double sum = 0;
            int scored = 0;
            for (String code : components) {
                Optional<Evaluation> e = ctx.evaluationOf(code);
                if (e.isPresent() && e.get().hasScore()) {
                    sum += e.get().score();
                    scored++;
                }
            }
            if (scored > 0) {
                double mean = sum / scored;
                return grade(ctx, mean, text.get("macro.components", what, scored, components.size(),
                        Texts.percent(mean)), mean >= 0.5);
            }
        }
        Optional<Measurement> last = ctx.measurements().stream()
                .filter(m -> m.values().number("anno").map(BigDecimal::intValue).orElse(m.date().getYear()) == year)
                .reduce((a, b) -> b);
        if (last.isEmpty()) {
            return noData(ctx, text.get("macro.noData", year));
        }
        double done = last.get().values().requireNumber("completamento").doubleValue() / 100;
        return grade(ctx, done, text.get("macro.completed", what, Texts.percent(done), Texts.date(last.get().date())),
                done >= 0.5);
    }
}
