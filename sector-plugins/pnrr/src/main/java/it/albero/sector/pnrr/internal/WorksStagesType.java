package it.albero.sector.pnrr.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
import it.albero.api.spi.Schema;
import it.albero.api.spi.Texts;

/**
 * {@code pnrr.fasi-lavori}: the stages of public works, in their legal order: aggiudicazione, consegna lavori,
 * SAL n. 1, 2, ..., fine lavori, certificato di regolare esecuzione (CRE). A planned stage is met when it is
 * recorded by its deadline and after every earlier stage recorded; the score is the share of planned stages met.
 */
@Component(service = IndicatorType.class)
public class WorksStagesType extends BaseIndicatorType {

    static final String ID = "pnrr.fasi-lavori";

    static final List<String> STAGES = List.of("aggiudicazione", "consegna", "sal", "fine-lavori", "cre");

    public WorksStagesType() {
        super(ID, PnrrModule.ID, "Fasi dei lavori (aggiudicazione, SAL, fine lavori, CRE) in ordine e nei tempi",
                Schema.of(
                        Field.required("fasi", Kind.ELENCO, "Fasi previste")
                                .withHelp("Elenco di {fase: aggiudicazione|consegna|sal|fine-lavori|cre, numero (per i SAL),"
                                        + " scadenza: aaaa-mm-gg}")),
                Schema.of(
                        Field.choice("fase", "Fase conclusa", true, STAGES),
                        Field.optional("numero", Kind.INTERO, "Numero del SAL"),
                        Field.optional("atto", Kind.TESTO, "Atto (determina, verbale, certificato)")));
    }

    /** A stage: its kind and, for a SAL, its number. */
    record Stage(String kind, int number) {
        static Stage of(Values v) {
            String kind = v.requireText("fase");
            if (!STAGES.contains(kind)) {
                throw new IllegalArgumentException("fase '" + kind + "' sconosciuta (ammesse: " + STAGES + ")");
            }
            return new Stage(kind, "sal".equals(kind) ? v.number("numero").map(n -> n.intValue()).orElse(1) : 0);
        }

        double rank() {
            return STAGES.indexOf(kind) + number / 1000.0;
        }

        String label() {
            return switch (kind) {
                case "aggiudicazione" -> "aggiudicazione";
                case "consegna" -> "consegna lavori";
                case "sal" -> "SAL n. " + number;
                case "fine-lavori" -> "fine lavori";
                default -> "certificato di regolare esecuzione";
            };
        }
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        List<String> problems = new ArrayList<>();
        Stage previous = null;
        LocalDate previousDue = null;
        List<Values> planned = indicator.parameters().valuesList("fasi");
        if (planned.isEmpty()) {
            problems.add("nessuna fase prevista");
        }
        for (Values v : planned) {
            Stage s = Stage.of(v);
            LocalDate due = v.requireDate("scadenza");
            if (previous != null && s.rank() <= previous.rank()) {
                problems.add("la fase '" + s.label() + "' è prevista dopo '" + previous.label()
                        + "': l'ordine è aggiudicazione, consegna, SAL, fine lavori, CRE");
            }
            if (previousDue != null && due.isBefore(previousDue)) {
                problems.add("la scadenza di '" + s.label() + "' (" + Texts.date(due) + ") precede quella di '"
                        + previous.label() + "' (" + Texts.date(previousDue) + ")");
            }
            previous = s;
            previousDue = due;
        }
        return problems;
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        List<Values> planned = ctx.indicator().parameters().valuesList("fasi");
        LocalDate last = planned.stream().map(v -> v.requireDate("scadenza")).max(Comparator.naturalOrder()).orElseThrow();
        if (ctx.measurements().isEmpty()) {
            return noData(ctx, last, "fasi dei lavori");
        }
        List<String> met = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int due = 0;
        for (Values v : planned) {
            Stage s = Stage.of(v);
            LocalDate deadline = v.requireDate("scadenza");
            Optional<Measurement> done = recorded(ctx.measurements(), s);
            if (!ctx.asOf().isBefore(deadline) || done.isPresent()) {
                due++;
            }
            if (done.isEmpty()) {
                if (!ctx.asOf().isBefore(deadline)) {
                    problems.add(s.label() + " non registrata (scadenza " + Texts.date(deadline) + ")");
                }
                continue;
            }
            LocalDate when = done.get().date();
            Optional<String> outOfOrder = earlierStageAfter(ctx.measurements(), s, when);
            if (when.isAfter(deadline)) {
                problems.add(s.label() + " il " + Texts.date(when) + ", oltre la scadenza del " + Texts.date(deadline));
            } else if (outOfOrder.isPresent()) {
                problems.add(s.label() + " il " + Texts.date(when) + " prima di " + outOfOrder.get()
                        + ": ordine non rispettato");
            } else {
                met.add(s.label() + " " + Texts.date(when));
            }
        }
        String text = met.size() + " fasi su " + planned.size() + " concluse nei tempi e in ordine"
                + (met.isEmpty() ? "" : " (" + String.join(", ", met) + ")")
                + (problems.isEmpty() ? "" : "; " + String.join("; ", problems)) + ".";
        double attainment = (double) met.size() / planned.size();
        boolean onPace = met.size() >= due;
        return grade(ctx, last, attainment, text, onPace);
    }

    private static Optional<Measurement> recorded(List<Measurement> ms, Stage s) {
        return ms.stream().filter(m -> Stage.of(m.values()).equals(s)).findFirst();
    }

    /** An earlier stage recorded after {@code when}, if any. */
    private static Optional<String> earlierStageAfter(List<Measurement> ms, Stage s, LocalDate when) {
        return ms.stream().filter(m -> Stage.of(m.values()).rank() < s.rank() && m.date().isAfter(when))
                .map(m -> Stage.of(m.values()).label() + " (" + Texts.date(m.date()) + ")").findFirst();
    }
}
