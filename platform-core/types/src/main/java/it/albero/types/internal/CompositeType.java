package it.albero.types.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

/**
 * {@code composito}: all of / weighted of other indicators of the plan, whose evaluations the engine gives
 * through {@link EvaluationContext#evaluationOf(String)} (it evaluates the components first).
 * {@code componenti} lists codes ({@code [ENT-01.1, ENT-01.2]}) or structures {@code {codice, peso}}.
 * <ul>
 * <li>{@code modo: tutti} (default): the score is the lowest component score, so "raggiunto" only when every
 * component is;</li>
 * <li>{@code modo: pesato}: the weighted mean of the component scores (weight 1 where none is given).</li>
 * </ul>
 * Components without a score because of missing data, an error or a module not installed are left out and
 * named, as the roll-up does by default; a component still open ("in corso", "non ancora dovuto") keeps the
 * composite "in corso"; a component at risk puts it at risk. Evaluated on its own (not with its plan), a
 * composite has no components to see: "dati mancanti" with the reason.
 */
@Component(service = IndicatorType.class)
public class CompositeType extends CoreType {

    static final List<String> MODES = List.of("tutti", "pesato");

    public CompositeType() {
        super("composito", "Composito: tutti o media pesata di altri indicatori",
                Schema.of(
                        Field.choice("modo", "Modo", false, MODES)
                                .withHelp("tutti (predefinito): conta il componente più basso; pesato: media pesata"),
                        new Field("componenti", Kind.TESTO, "Componenti", true,
                                "Codici degli indicatori del piano, es. [ENT-01.1, ENT-01.2], oppure elenco di"
                                        + " {codice, peso}", List.of())),
                Schema.of());
    }

    /** What separates the codes of a text of {@code componenti}. */
    private static final java.util.regex.Pattern CODE_SEPARATOR = java.util.regex.Pattern.compile("[,;]");

    record Part(String code, double weight) {
    }

    static List<Part> parts(Values params) {
        List<Part> out = new ArrayList<>();
        for (Object o : params.list("componenti")) {
            if (o instanceof Values v) {
                double w = v.number("peso").orElse(BigDecimal.ONE).doubleValue();
                out.add(new Part(v.requireText("codice").trim(), w));
                continue;
            }
            for (String code : CODE_SEPARATOR.split(String.valueOf(o))) {
                if (!code.isBlank()) {
                    out.add(new Part(code.trim(), 1));
                }
            }
        }
        return out;
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        List<String> problems = new ArrayList<>();
        List<Part> parts = parts(indicator.parameters());
        if (parts.isEmpty()) {
            problems.add("serve almeno un componente in 'componenti'");
        }
        Set<String> seen = new HashSet<>();
        for (Part p : parts) {
            if (p.code().equals(indicator.code())) {
                problems.add("un composito non può avere se stesso tra i componenti");
            }
            if (!seen.add(p.code())) {
                problems.add("il componente " + p.code() + " compare due volte");
            }
            if (p.weight() < 0 || Double.isNaN(p.weight())) {
                problems.add("il peso del componente " + p.code() + " non può essere negativo");
            }
        }
        return problems;
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        List<Part> parts = parts(ctx.indicator().parameters());
        boolean all = "tutti".equals(ctx.indicator().parameters().text("modo").orElse("tutti"));
        double sum = 0;
        double weights = 0;
        double min = Double.MAX_VALUE;
        int seen = 0;
        int scored = 0;
        boolean open = false;
        boolean onlyNotDue = true;
        boolean risk = false;
        List<String> items = new ArrayList<>();
        boolean showWeights = !all && parts.stream().anyMatch(p -> p.weight() != 1);
        for (Part p : parts) {
            Optional<Evaluation> found = ctx.evaluationOf(p.code());
            if (found.isEmpty()) {
                items.add(p.code() + " non disponibile (escluso)");
                continue;
            }
            seen++;
            Evaluation e = found.get();
            risk |= e.atRisk();
            boolean pending = e.status() == Status.IN_CORSO || e.status() == Status.NON_ANCORA_DOVUTO;
            open |= pending;
            onlyNotDue &= e.status() == Status.NON_ANCORA_DOVUTO;
            String weight = showWeights ? ", peso " + Texts.number(p.weight()) : "";
            if (e.hasScore()) {
                scored++;
                sum += p.weight() * e.score();
                weights += p.weight();
                min = Math.min(min, e.score());
                items.add(p.code() + " " + e.status().label() + " (" + pct(e.score()) + weight + ")");
            } else {
                items.add(p.code() + " " + e.status().label() + (pending ? "" : " (escluso)"));
            }
        }
        String list = String.join(", ", items);
        if (seen == 0) {
            return Evaluation.without(Status.DATI_MANCANTI, "Valutazione dei componenti non disponibile ("
                    + parts.stream().map(Part::code).reduce((a, b) -> a + ", " + b).orElse("nessuno")
                    + "): il composito si valuta insieme al piano che li contiene.");
        }
        if (scored == 0 || weights == 0 && !all) {
            if (open) {
                return new Evaluation(null, onlyNotDue ? Status.NON_ANCORA_DOVUTO : Status.IN_CORSO,
                        "Componenti: " + list + ".", risk);
            }
            return Evaluation.without(Status.DATI_MANCANTI, "Nessun componente con punteggio: " + list + ".");
        }
        double score = Math.max(0, Math.min(1, all ? min : sum / weights));
        String text = (all ? "Tutti i componenti, conta il più basso: " : "Media pesata dei componenti: ")
                + pct(score) + ". " + list + ".";
        if (open) {
            return new Evaluation(score, Status.IN_CORSO, text, risk);
        }
        return new Evaluation(score, ctx.scoring().status(score), text, false);
    }
}
