package it.albero.sector.urbanistica.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.spi.BaseIndicatorType;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Field;
import it.albero.api.spi.Field.Kind;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Messages;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Steps;
import it.albero.api.spi.Steps.Assessment;
import it.albero.api.spi.Steps.Planned;

/**
 * {@code urbanistica.variante-pgt}: the phases of a PGT variant ({@link PgtVariant}) planned in an indicator, each by
 * its date and in the legal order ({@link Steps}); the score is the share of planned phases met. The minimum
 * publication periods, across the phases of all the objective's indicators, are the check's
 * ({@link PgtVariantCheck}).
 */
@Component(service = IndicatorType.class)
public class PgtVariantType extends BaseIndicatorType {

    static final String ID = "urbanistica.variante-pgt";

    private final Messages text;

    public PgtVariantType() {
        this(UrbanisticaModule.italian());
    }

    PgtVariantType(Messages text) {
        super(ID, UrbanisticaModule.ID, text.get("pgt.label"),
                Schema.of(Field.required("fasi", Kind.ELENCO, text.get("pgt.fasi")).withHelp(text.get("pgt.fasi.help"))),
                Schema.of(
                        Field.choice("fase", text.get("pgt.fase"), true, PgtVariant.PHASES.order()),
                        Field.optional("atto", Kind.TESTO, text.get("pgt.atto"))));
        this.text = text;
    }

    String label(Steps.Step s) {
        return text.get("fase." + s.name());
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        List<String> problems = new ArrayList<>();
        List<Planned> planned = PgtVariant.planned(indicator);
        if (planned.isEmpty()) {
            problems.add(text.get("pgt.none"));
        }
        for (Planned[] pair : PgtVariant.PHASES.planInversions(planned)) {
            problems.add(text.get("pgt.planOrder", label(pair[1].step()), label(pair[0].step())));
        }
        return problems;
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        List<Planned> planned = PgtVariant.planned(ctx.indicator());
        LocalDate last = planned.stream().map(Planned::due).max(LocalDate::compareTo).orElseThrow();
        if (ctx.measurements().isEmpty()) {
            return noData(ctx, last, text.get("pgt.noData"));
        }
        List<Assessment> assessed = PgtVariant.PHASES.assess(planned,
                PgtVariant.PHASES.done(ctx.measurements(), "fase", List.of()), ctx.asOf());
        String words = Steps.explain(assessed, this::label, text.locale()) + ".";
        return grade(ctx, last, Steps.attainment(assessed), words, Steps.onPace(assessed));
    }
}
