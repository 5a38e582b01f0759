package it.albero.sector.pnrr.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Values;
import it.albero.api.spi.BaseIndicatorType;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Field;
import it.albero.api.spi.Field.Kind;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Steps;
import it.albero.api.spi.Steps.Assessment;
import it.albero.api.spi.Steps.Planned;
import it.albero.api.spi.Texts;

/**
 * {@code pnrr.fasi-lavori}: the stages of public works, in their legal order: aggiudicazione, consegna lavori,
 * SAL n. 1, 2, ..., fine lavori, certificato di regolare esecuzione (CRE). A planned stage is met when it is
 * recorded by its deadline and after every earlier stage recorded (the API's {@link Steps}, the rule of the
 * manutenzione module's works too); the score is the share of planned stages met.
 */
@Component(service = IndicatorType.class)
public class WorksStagesType extends BaseIndicatorType {

    static final String ID = "pnrr.fasi-lavori";

    static final List<String> STAGES = List.of("aggiudicazione", "consegna", "sal", "fine-lavori", "cre");

    /** The legal order of the stages, assessed by the API's rule for ordered steps. */
    static final Steps ORDER = new Steps(STAGES);

    private static final List<String> NUMBERED = List.of("sal");

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
        List<Values> listed = ctx.indicator().parameters().valuesList("fasi");
        LocalDate last = listed.stream().map(v -> v.requireDate("scadenza")).max(Comparator.naturalOrder()).orElseThrow();
        if (ctx.measurements().isEmpty()) {
            return noData(ctx, last, "fasi dei lavori");
        }
        List<Planned> planned = listed.stream().map(v -> new Planned(ORDER.step(v, "fase", NUMBERED), v.requireDate("scadenza")))
                .toList();
        List<Assessment> assessed = ORDER.assess(planned, ORDER.done(ctx.measurements(), "fase", NUMBERED), ctx.asOf());
        String text = Steps.explain(assessed, s -> new Stage(s.name(), s.number()).label(), null) + ".";
        return grade(ctx, last, Steps.attainment(assessed), text, Steps.onPace(assessed));
    }
}
