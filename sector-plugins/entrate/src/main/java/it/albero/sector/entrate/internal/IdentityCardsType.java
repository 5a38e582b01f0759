package it.albero.sector.entrate.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
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
import it.albero.api.spi.Pace;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Texts;
import it.albero.api.spi.Window;
import it.albero.api.text.ItalianDates;

/**
 * {@code entrate.cie-aperture-straordinarie}: electronic identity cards (CIE) issued on the extraordinary openings
 * of the registry office. Each measurement is one opening day with the cards issued; only extraordinary openings
 * count: the days listed in {@code giorni}, or, when none are listed, Saturdays and Sundays (the office is open
 * on weekdays).
 */
@Component(service = IndicatorType.class)
public class IdentityCardsType extends BaseIndicatorType {

    static final String ID = "entrate.cie-aperture-straordinarie";

    public IdentityCardsType() {
        super(ID, EntrateModule.ID, "Carte d'identità elettroniche rilasciate nelle aperture straordinarie",
                Schema.of(
                        Field.required("soglia", Kind.INTERO, "CIE da rilasciare"),
                        Field.optional("giorni", Kind.TESTO, "Date delle aperture straordinarie")
                                .withHelp("Elenco di date gg/mm/aaaa o aaaa-mm-gg (o separate da virgole); se assenti contano i sabati"
                                        + " e le domeniche"),
                        Field.optional("scadenza", Kind.DATA, "Scadenza")),
                Schema.of(
                        Field.required("cie", Kind.INTERO, "CIE rilasciate nella giornata")));
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        try {
            days(indicator);
        } catch (IllegalArgumentException e) {
            return List.of("'giorni' deve contenere date gg/mm/aaaa o aaaa-mm-gg: " + e.getMessage());
        }
        return List.of();
    }

    /** The days of the extraordinary openings: dates, or texts of dates separated by commas. */
    static Set<LocalDate> days(Indicator indicator) {
        Set<LocalDate> days = new HashSet<>();
        for (Object d : indicator.parameters().list("giorni")) {
            if (d instanceof LocalDate ld) {
                days.add(ld);
            } else {
                for (String part : d.toString().split(",")) {
                    if (!part.isBlank()) {
                        days.add(ItalianDates.parse(part));
                    }
                }
            }
        }
        return days;
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        Set<LocalDate> days = days(ctx.indicator());
        long cards = 0;
        Set<LocalDate> openings = new HashSet<>();
        int ignored = 0;
        for (Measurement m : ctx.measurements()) {
            if (m.date().getYear() != ctx.referenceYear()) {
                continue;
            }
            boolean extraordinary = days.isEmpty()
                    ? m.date().getDayOfWeek() == DayOfWeek.SATURDAY || m.date().getDayOfWeek() == DayOfWeek.SUNDAY
                    : days.contains(m.date());
            if (!extraordinary) {
                ignored++;
                continue;
            }
            openings.add(m.date());
            cards += m.values().requireNumber("cie").longValue();
        }
        if (openings.isEmpty() && ignored == 0) {
            return noData(ctx, "CIE rilasciate nelle aperture straordinarie");
        }
        long threshold = ctx.indicator().parameters().requireNumber("soglia").longValue();
        String text = cards + " CIE rilasciate in " + openings.size()
                + (openings.size() == 1 ? " apertura straordinaria" : " aperture straordinarie")
                + (openings.isEmpty() ? "" : " (media " + Texts.number(BigDecimal.valueOf(cards)
                        .divide(BigDecimal.valueOf(openings.size()), 1, java.math.RoundingMode.HALF_UP)) + " per apertura)")
                + " contro una soglia di " + threshold
                + (ignored > 0 ? "; " + ignored + (ignored == 1 ? " rilevazione in un giorno di apertura ordinaria non conteggiata"
                        : " rilevazioni in giorni di apertura ordinaria non conteggiate") : "") + ".";
        double attainment = threshold <= 0 ? 1.0 : (double) cards / threshold;
        Window year = Window.year(ctx.referenceYear());
        return grade(ctx, attainment, text, Pace.onPace(attainment, year.from(), year.to(), ctx.asOf()));
    }
}
