package it.albero.sector.cultura.internal;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.spi.BaseIndicatorType;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Field;
import it.albero.api.spi.Field.Kind;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Messages;
import it.albero.api.spi.Pace;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Window;

/**
 * {@code cultura.iniziative}: initiatives carried out in a season or school year against a minimum ("Attuazione di n. 4
 * iniziative ... nell'anno"). Each measurement is one initiative, named; the same name counts once. The season
 * ({@code stagione}) may cross the calendar year (September-June); with {@code solo_nuove_realta} only the
 * initiatives with a new partner count ("due iniziative nell'anno, con nuove realtà").
 */
@Component(service = IndicatorType.class)
public class InitiativesType extends BaseIndicatorType {

    static final String ID = "cultura.iniziative";

    private final Messages text;

    public InitiativesType() {
        this(CulturaModule.italian());
    }

    InitiativesType(Messages text) {
        super(ID, CulturaModule.ID, text.get("iniziative.label"),
                Schema.of(
                        Field.required("soglia", Kind.INTERO, text.get("iniziative.soglia")),
                        new Field(Seasons.SEASON, Kind.FINESTRA, text.get("stagione"), false, text.get("stagione.help"), List.of()),
                        Field.choice("solo_nuove_realta", text.get("iniziative.solo_nuove_realta"), false, List.of("si", "no"))),
                Schema.of(
                        Field.required("iniziativa", Kind.TESTO, text.get("iniziative.iniziativa")),
                        Field.optional("partecipanti", Kind.INTERO, text.get("iniziative.partecipanti")),
                        Field.choice("nuova_realta", text.get("iniziative.nuova_realta"), false, List.of("si", "no"))));
        this.text = text;
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        return indicator.parameters().requireNumber("soglia").signum() > 0 ? List.of() : List.of(text.get("iniziative.invalid"));
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        Window season = Seasons.of(ctx.indicator(), ctx.referenceYear());
        boolean onlyNew = "si".equals(ctx.indicator().parameters().text("solo_nuove_realta").orElse("no"));
        Set<String> keys = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        long participants = 0;
        int inSeason = 0;
        for (Measurement m : Seasons.within(ctx.measurements(), season)) {
            inSeason++;
            if (onlyNew && !"si".equals(m.values().text("nuova_realta").orElse("no"))) {
                continue;
            }
            String name = m.values().requireText("iniziativa").trim();
            if (keys.add(name.toLowerCase(Locale.ITALIAN))) {
                names.add(name);
                participants += m.values().number("partecipanti").map(BigDecimal::longValue).orElse(0L);
            }
        }
        if (inSeason == 0) {
            return noData(ctx, season.to(), text.get("iniziative.noData"));
        }
        long minimum = ctx.indicator().parameters().requireNumber("soglia").longValue();
        double attainment = (double) names.size() / minimum;
        String words = text.get(names.size() == 1 ? "iniziative.result.one" : "iniziative.result.many", names.size(),
                onlyNew ? text.get("iniziative.new") : "", minimum, season.text(),
                names.isEmpty() ? "" : ": " + String.join(", ", names),
                participants > 0 ? text.get("iniziative.participants", participants) : "");
        return grade(ctx, season.to(), attainment, words, Pace.onPace(attainment, season.from(), season.to(), ctx.asOf()));
    }
}
