package it.albero.types.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Status;
import it.albero.api.model.Values;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Field;
import it.albero.api.spi.Field.Kind;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Texts;
import it.albero.types.internal.MilestoneType.Completion;

/**
 * {@code scadenza-graduata}: a score by completion date, as in "se entro aprile 100%; se entro luglio 90%".
 * {@code fasce} lists {@code {entro, punteggio}} with increasing dates and non-increasing scores; completion
 * (the earliest {@code data}) on or before a band's date scores that band (the day itself counts as within),
 * after the last band 0. The score is the plan's own, not an attainment: the scoring policy gives only the
 * status. Not done: "non ancora dovuto" before the last band (at risk once the first band has passed or in
 * the last 10% of the time), 0 from the last band's day on.
 */
@Component(service = IndicatorType.class)
public class GradedDeadlineType extends CoreType {

    public GradedDeadlineType() {
        super("scadenza-graduata", "Punteggio graduato per data di completamento",
                Schema.of(
                        new Field("fasce", Kind.ELENCO, "Fasce", true,
                                "Elenco di {entro: data, punteggio: %}, date crescenti; es. entro 2025-04-30 100,"
                                        + " entro 2025-07-31 90; oltre l'ultima fascia 0", List.of())),
                Schema.of(
                        Field.required("data", Kind.DATA, "Data di completamento"),
                        Field.optional("atto", Kind.TESTO, "Atto").withHelp("Es. Verbale n. 3 del 28/04/2025")));
    }

    record Band(LocalDate by, double score) {
    }

    static List<Band> bands(Values params) {
        List<Band> out = new ArrayList<>();
        int n = 0;
        for (Values v : params.valuesList("fasce")) {
            n++;
            try {
                out.add(new Band(v.requireDate("entro"), v.requireNumber("punteggio").doubleValue() / 100));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("fascia " + n + ": " + e.getMessage());
            }
        }
        return out;
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        List<String> problems = new ArrayList<>();
        List<Band> bands = bands(indicator.parameters());
        if (bands.isEmpty()) {
            problems.add("serve almeno una fascia {entro, punteggio}");
        }
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            if (b.score() < 0 || b.score() > 1) {
                problems.add("fascia " + (i + 1) + ": il punteggio deve essere tra 0 e 100, non "
                        + Texts.number(BigDecimal.valueOf(b.score() * 100)));
            }
            if (i > 0 && !b.by().isAfter(bands.get(i - 1).by())) {
                problems.add("fascia " + (i + 1) + ": la data " + Texts.date(b.by())
                        + " deve seguire quella della fascia precedente (" + Texts.date(bands.get(i - 1).by()) + ")");
            }
            if (i > 0 && b.score() > bands.get(i - 1).score()) {
                problems.add("fascia " + (i + 1) + ": il punteggio non può superare quello di una fascia precedente");
            }
        }
        return problems;
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        List<Band> bands = bands(ctx.indicator().parameters());
        if (bands.isEmpty()) {
            return wrongData("Nessuna fascia definita nei parametri.");
        }
        Band first = bands.get(0);
        Band last = bands.get(bands.size() - 1);
        Optional<Completion> done = Completion.earliest(ctx.measurements(), ctx.asOf());
        if (done.isEmpty()) {
            if (ctx.asOf().isBefore(last.by())) {
                Band open = bands.stream().filter(b -> !ctx.asOf().isAfter(b.by())).findFirst().orElse(last);
                boolean risk = ctx.asOf().isAfter(first.by()) || lastStretch(yearStart(ctx), last.by(), ctx.asOf());
                return Evaluation.without(Status.NON_ANCORA_DOVUTO, "Non ancora completato; entro il "
                        + Texts.date(open.by()) + " vale il " + pct(open.score()) + ".").atRisk(risk);
            }
            return Evaluation.without(Status.DATI_MANCANTI, "Nessuna rilevazione di completamento entro l'ultima"
                    + " fascia (" + Texts.date(last.by()) + ").");
        }
        Completion c = done.get();
        String head = c.evidence().filter(MilestoneType::readsAsSubject).map(MilestoneType::capitalised).map(a -> a + " " + done(a)).orElse("Completato") + " il " + Texts.date(c.date());
        for (Band b : bands) {
            if (!c.date().isAfter(b.by())) {
                return scored(ctx, b.score(), head + ": entro il " + Texts.date(b.by()) + ", punteggio "
                        + pct(b.score()) + ".");
            }
        }
        return scored(ctx, 0, head + ": oltre l'ultima fascia (" + Texts.date(last.by()) + "), punteggio 0%.");
    }
}
