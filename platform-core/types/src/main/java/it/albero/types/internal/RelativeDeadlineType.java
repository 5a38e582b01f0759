package it.albero.types.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Status;
import it.albero.api.model.Timing;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Field;
import it.albero.api.spi.Field.Kind;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Texts;
import it.albero.api.spi.WorkingDays;

/**
 * {@code scadenza-relativa}: a deadline relative to a triggering act ("entro 30 giorni dall'istruttoria tecnica
 * definitiva"). Each distinct {@code data_evento} is a case (a trigger); it is done on the earliest
 * {@code data} recorded for it, on time when {@code data <= data_evento + giorni} (the last day counts as
 * within). No trigger yet: "non ancora dovuto". Cases still running: "in corso" (with the score of the closed
 * cases, if any), at risk when a case is late or missed or a running one is in the last 10% of its time.
 * All cases closed: the share on time, through the scoring policy. {@code giorni} and {@code evento} default
 * to the indicator's relative "Tempi"; so does {@code giorni_lavorativi}: with "si" (or Tempi that say "giorni
 * lavorativi") the days are working days, weekends and Italian national holidays excluded, as
 * {@link Timing.Relative#deadlineFrom} resolves them.
 */
@Component(service = IndicatorType.class)
public class RelativeDeadlineType extends CoreType {

    public RelativeDeadlineType() {
        super("scadenza-relativa", "Scadenza relativa a un atto o evento",
                Schema.of(
                        Field.optional("giorni", Kind.INTERO, "Giorni")
                                .withHelp("Giorni dall'evento entro cui completare; se assente valgono i tempi"
                                        + " dell'indicatore ('entro 30 giorni da...')"),
                        Field.choice("giorni_lavorativi", "Giorni lavorativi", false, List.of("si", "no"))
                                .withHelp("si: contano solo i giorni lavorativi (esclusi sabati, domeniche e festività"
                                        + " nazionali); se assente valgono i tempi dell'indicatore"),
                        Field.optional("evento", Kind.TESTO, "Evento")
                                .withHelp("L'atto o evento da cui decorrono i giorni, es. istruttoria tecnica definitiva")),
                Schema.of(
                        Field.required("data_evento", Kind.DATA, "Data dell'evento"),
                        Field.optional("data", Kind.DATA, "Data di completamento")
                                .withHelp("Vuota finché l'attività non è completata"),
                        Field.optional("atto", Kind.TESTO, "Atto").withHelp("Es. Determina n. 123 del 12/05/2025")));
    }

    static Optional<Integer> days(Indicator indicator) {
        Optional<BigDecimal> own = indicator.parameters().number("giorni");
        if (own.isPresent()) {
            return Optional.of(own.get().intValue());
        }
        return indicator.timing() instanceof Timing.Relative r ? Optional.of(r.days()) : Optional.empty();
    }

    /** Whether the days are working days: the {@code giorni_lavorativi} parameter, else the relative Tempi's. */
    static boolean workingDays(Indicator indicator) {
        Optional<String> own = indicator.parameters().text("giorni_lavorativi");
        if (own.isPresent()) {
            return "si".equals(own.get());
        }
        return indicator.timing() instanceof Timing.Relative r && r.workingDays();
    }

    static String event(Indicator indicator) {
        Optional<String> own = indicator.parameters().text("evento").filter(s -> !s.isBlank());
        if (own.isPresent()) {
            return own.get();
        }
        return indicator.timing() instanceof Timing.Relative r && !r.trigger().isBlank() ? r.trigger() : "evento";
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        List<String> problems = new ArrayList<>();
        Optional<Integer> days = days(indicator);
        if (days.isEmpty()) {
            problems.add("mancano i giorni: indicare 'giorni' (es. 30)");
        } else if (days.get() < 0) {
            problems.add("i giorni non possono essere negativi: " + days.get());
        }
        return problems;
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        int days = days(ctx.indicator()).orElseThrow(() -> new IllegalArgumentException("mancano i giorni"));
        String event = event(ctx.indicator());
        boolean working = workingDays(ctx.indicator());
        Timing.Relative rule = new Timing.Relative("", days, event, working);
        String span = days + (working ? " giorni lavorativi" : " giorni");
        LocalDate asOf = ctx.asOf();
        TreeMap<LocalDate, LocalDate> cases = new TreeMap<>();
        for (Measurement m : ctx.measurements()) {
            LocalDate trigger = m.values().requireDate("data_evento");
            if (trigger.isAfter(asOf)) {
                continue;
            }
            Optional<LocalDate> done = m.values().date("data").filter(d -> !d.isAfter(asOf));
            cases.merge(trigger, done.orElse(LocalDate.MAX), (a, b) -> a.isBefore(b) ? a : b);
        }
        if (cases.isEmpty()) {
            return Evaluation.without(Status.NON_ANCORA_DOVUTO, "L'evento (" + event + ") non si è ancora verificato.");
        }
        int onTime = 0;
        int open = 0;
        boolean risk = false;
        List<String> lines = new ArrayList<>();
        for (var c : cases.entrySet()) {
            LocalDate trigger = c.getKey();
            LocalDate limit = rule.deadlineFrom(trigger);
            LocalDate done = c.getValue();
            String head = cap(event) + " del " + Texts.date(trigger) + ": ";
            if (done.equals(LocalDate.MAX)) {
                if (asOf.isBefore(limit)) {
                    open++;
                    risk |= lastStretch(trigger, limit, asOf);
                    lines.add(head + "da completare entro il " + Texts.date(limit) + " (" + span + ")");
                } else {
                    risk = true;
                    lines.add(head + "non completato entro il " + Texts.date(limit) + " (" + span + ")");
                }
            } else if (!done.isAfter(limit)) {
                onTime++;
                lines.add(head + "completato il " + Texts.date(done) + ", entro " + span + " (scadenza "
                        + Texts.date(limit) + ")");
            } else {
                risk = true;
                long late = working ? WorkingDays.between(limit, done) : ChronoUnit.DAYS.between(limit, done);
                lines.add(head + "completato il " + Texts.date(done) + ", oltre la scadenza del " + Texts.date(limit)
                        + " (" + late + (late == 1 ? " giorno" : " giorni") + (working ? " lavorativ" + (late == 1
                        ? "o" : "i") : "") + " di ritardo)");
            }
        }
        int total = cases.size();
        int closed = total - open;
        String text = (total == 1 ? "" : onTime + " casi su " + total + " completati entro " + span
                + " dall'evento. ") + String.join("; ", lines) + ".";
        if (open == 0) {
            double score = ctx.scoring().score((double) onTime / total);
            return Evaluation.of(score, ctx.scoring().status(score), text);
        }
        if (closed == 0) {
            return new Evaluation(null, Status.IN_CORSO, text, risk);
        }
        return new Evaluation(ctx.scoring().score((double) onTime / closed), Status.IN_CORSO, text, risk);
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
