package it.albero.types.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Status;
import it.albero.api.model.Values;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Field;
import it.albero.api.spi.Field.Kind;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Texts;

/**
 * {@code cronoprogramma}: a phased schedule, scored by the share of phases done on time. A phase is done on
 * the earliest {@code data} of the measurements naming it in {@code fase} (case and spaces ignored): on time
 * when on or before its {@code scadenza}. A phase past its deadline and not done counts 0 and puts the
 * indicator at risk, as does a late one. While phases are still open: "in corso" with the score of the
 * phases due so far (or "non ancora dovuto" when none is), at risk too when the next open phase is in the
 * last 10% of its time. Measurements naming an unknown phase are ignored and listed.
 */
@Component(service = IndicatorType.class)
public class ScheduleType extends CoreType {

    public ScheduleType() {
        super("cronoprogramma", "Cronoprogramma: quota delle fasi completate nei tempi",
                Schema.of(new Field("fasi", Kind.ELENCO, "Fasi", true,
                        "Elenco di {nome, scadenza}, es. Aggiudicazione entro 2025-04-30, SAL 1 entro 2025-06-30",
                        List.of())),
                Schema.of(
                        Field.required("fase", Kind.TESTO, "Fase").withHelp("Il nome della fase, come nei parametri"),
                        Field.required("data", Kind.DATA, "Data di completamento"),
                        Field.optional("atto", Kind.TESTO, "Atto").withHelp("Es. Determina n. 123 del 12/05/2025")));
    }

    record Phase(String name, LocalDate due) {
        String key() {
            return key(name);
        }

        private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

        static String key(String s) {
            return SPACES.matcher(s.trim()).replaceAll(" ").toLowerCase(Locale.ITALIAN);
        }
    }

    static List<Phase> phases(Values params) {
        List<Phase> out = new ArrayList<>();
        int n = 0;
        for (Values v : params.valuesList("fasi")) {
            n++;
            try {
                out.add(new Phase(v.requireText("nome"), v.requireDate("scadenza")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("fase " + n + ": " + e.getMessage());
            }
        }
        return out;
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        List<String> problems = new ArrayList<>();
        List<Phase> phases = phases(indicator.parameters());
        if (phases.isEmpty()) {
            problems.add("serve almeno una fase {nome, scadenza}");
        }
        Set<String> seen = new HashSet<>();
        for (Phase p : phases) {
            if (!seen.add(p.key())) {
                problems.add("la fase '" + p.name() + "' compare due volte");
            }
        }
        return problems;
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        List<Phase> phases = phases(ctx.indicator().parameters());
        if (phases.isEmpty()) {
            return wrongData("Nessuna fase definita nei parametri.");
        }
        LocalDate asOf = ctx.asOf();
        Set<String> known = phases.stream().map(Phase::key).collect(Collectors.toSet());
        Set<String> unknown = new LinkedHashSet<>();
        Map<String, LocalDate> doneOn = new HashMap<>();
        for (Measurement m : ctx.measurements()) {
            String f = m.values().text("fase").orElse("");
            String key = Phase.key(f);
            if (!known.contains(key)) {
                unknown.add(f);
                continue;
            }
            LocalDate d = dateValue(m, "data");
            if (!d.isAfter(asOf)) {
                doneOn.merge(key, d, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        int onTime = 0;
        List<String> late = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<Phase> open = new ArrayList<>();
        for (Phase p : phases) {
            LocalDate done = doneOn.get(p.key());
            if (done != null && !done.isAfter(p.due())) {
                onTime++;
            } else if (done != null) {
                late.add(p.name() + " (" + Texts.date(done) + ", scadenza " + Texts.date(p.due()) + ")");
            } else if (!asOf.isBefore(p.due())) {
                missed.add(p.name() + " (scadenza " + Texts.date(p.due()) + ")");
            } else {
                open.add(p);
            }
        }
        int total = phases.size();
        int resolved = total - open.size();
        StringBuilder text = new StringBuilder();
        text.append("Fasi completate nei tempi: ").append(onTime).append(" su ").append(total);
        if (!late.isEmpty()) {
            text.append("; in ritardo: ").append(String.join(", ", late));
        }
        if (!missed.isEmpty()) {
            text.append("; non completate: ").append(String.join(", ", missed));
        }
        if (!open.isEmpty()) {
            text.append("; da completare: ").append(open.stream()
                    .map(p -> p.name() + " entro il " + Texts.date(p.due())).collect(Collectors.joining(", ")));
        }
        if (!unknown.isEmpty()) {
            text.append("; rilevazioni di fasi sconosciute ignorate: ").append(String.join(", ", unknown));
        }
        text.append('.');
        if (open.isEmpty() && ctx.measurements().isEmpty()) {
            // nothing recorded at all once every phase is due: missing data, as for every type (issue 13)
            return Evaluation.without(Status.DATI_MANCANTI, "Nessuna rilevazione delle fasi. " + text);
        }
        if (open.isEmpty()) {
            double score = ctx.scoring().score((double) onTime / total);
            return Evaluation.of(score, ctx.scoring().status(score), text.toString());
        }
        Phase next = open.stream().min(java.util.Comparator.comparing(Phase::due)).orElseThrow();
        LocalDate prev = yearStart(ctx);
        for (Phase p : phases) {
            if (p.due().isBefore(next.due()) && p.due().isAfter(prev)) {
                prev = p.due();
            }
        }
        boolean risk = !late.isEmpty() || !missed.isEmpty() || lastStretch(prev, next.due(), asOf);
        if (resolved == 0) {
            return Evaluation.without(Status.NON_ANCORA_DOVUTO, text.toString()).atRisk(risk);
        }
        double share = (double) onTime / resolved;
        text.setLength(text.length() - 1);
        text.append("; provvisoriamente ").append(pct(share)).append(" delle fasi già scadute o completate.");
        return new Evaluation(ctx.scoring().score(share), Status.IN_CORSO, text.toString(), risk);
    }
}
