package it.albero.sector.relazionicittadino.internal;

import java.util.ArrayList;
import java.util.List;

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
import it.albero.api.spi.Messages;
import it.albero.api.spi.Pace;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Window;

/**
 * {@code relazioni-cittadino.pubblicazioni}: a recurring publication (the weekly Cesano WhatsApp, the totem updated
 * every week, the monthly panels) as the share of its periods ({@link Periods}) with at least one issue, and the gaps
 * named: the runs of periods it skipped. "In corso" until the window ends, at risk below 90% of the periods so far.
 */
@Component(service = IndicatorType.class)
public class PublicationsType extends BaseIndicatorType {

    static final String ID = "relazioni-cittadino.pubblicazioni";

    private final Messages text;

    public PublicationsType() {
        this(RelazioniCittadinoModule.italian());
    }

    PublicationsType(Messages text) {
        super(ID, RelazioniCittadinoModule.ID, text.get("pubblicazioni.label"),
                Schema.of(
                        Field.choice("periodicita", text.get("pubblicazioni.periodicita"), true, Periods.FREQUENCIES),
                        new Field("finestra", Kind.FINESTRA, text.get("finestra"), false, text.get("finestra.help"), List.of()),
                        Field.optional("canale", Kind.TESTO, text.get("pubblicazioni.canale"))),
                Schema.of(
                        Field.required("titolo", Kind.TESTO, text.get("pubblicazioni.titolo")),
                        Field.optional("destinatari", Kind.INTERO, text.get("pubblicazioni.destinatari"))));
        this.text = text;
    }

    static Window window(Indicator i, int year) {
        return Window.of(i.parameters(), "finestra").orElse(Window.year(year));
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        String frequency = ctx.indicator().parameters().requireText("periodicita");
        Window w = window(ctx.indicator(), ctx.referenceYear());
        List<Measurement> ms = ctx.measurements().stream().filter(m -> w.contains(m.date())).toList();
        List<Window> due = Periods.due(Periods.of(w, frequency), ms, ctx.asOf());
        if (ms.isEmpty()) {
            return noData(ctx, w.to(), text.get("pubblicazioni.noData"));
        }
        if (due.isEmpty()) {
            return Evaluation.without(Status.IN_CORSO, text.get("pubblicazioni.none." + frequency));
        }
        long covered = due.stream().filter(p -> Periods.covered(p, ms)).count();
        double share = (double) covered / due.size();
        List<Integer> lengths = new ArrayList<>();
        List<Window> gaps = Periods.gaps(due, ms, lengths);
        List<String> named = new ArrayList<>();
        for (int i = 0; i < gaps.size(); i++) {
            named.add(gaps.get(i).text() + (lengths.get(i) > 1 ? " (" + lengths.get(i) + ")" : ""));
        }
        String channel = ctx.indicator().parameters().text("canale").map(c -> " (" + c + ")").orElse("");
        String words = text.get("pubblicazioni.result." + frequency, covered, due.size(), channel, ms.size(),
                share >= 1 ? "" : ": " + text.get("pubblicazioni.share", it.albero.api.spi.Texts.percent(share)),
                gaps.isEmpty() ? "" : text.get("pubblicazioni.gaps." + frequency, String.join(", ", named)));
        if (ctx.asOf().isBefore(w.to())) {
            return new Evaluation(ctx.scoring().score(share), Status.IN_CORSO, words, !Pace.onPace(share));
        }
        double score = ctx.scoring().score(share);
        return Evaluation.of(score, ctx.scoring().status(score), words);
    }
}
