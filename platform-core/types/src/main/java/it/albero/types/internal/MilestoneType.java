package it.albero.types.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Measurement;
import it.albero.api.model.Status;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Field;
import it.albero.api.spi.Field.Kind;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Texts;

/**
 * {@code traguardo}: a milestone by a deadline, with the act as evidence. Done on the earliest {@code data}
 * of its measurements (not after the evaluation date): on or before the deadline, "raggiunto" (score 1);
 * after it, "non raggiunto" (score 0) with the delay. The deadline is {@code scadenza}, else the timing's,
 * else 31 December of the reference year. Nothing recorded: "non ancora dovuto" before the deadline (at risk in
 * the last 10% of its time, counted from 1 January of the reference year), "dati mancanti" from the deadline on,
 * as a ratio or a count without measurements: the scoring policy's {@code missing.data} decides how it weighs.
 * The evidence is the measurement's {@code atto}, else its evidence, else the expected {@code atto}. An expected
 * act that does not read as the subject of a sentence (a number, a formula) is quoted, not declined.
 */
@Component(service = IndicatorType.class)
public class MilestoneType extends CoreType {

    public MilestoneType() {
        super("traguardo", "Traguardo entro una scadenza, con l'atto come evidenza",
                Schema.of(
                        Field.optional("scadenza", Kind.DATA, "Scadenza")
                                .withHelp("Se assente vale la scadenza dei tempi, altrimenti il 31/12 dell'anno"),
                        Field.optional("atto", Kind.TESTO, "Atto atteso")
                                .withHelp("Es. Delibera di Giunta di approvazione del regolamento")),
                Schema.of(
                        Field.required("data", Kind.DATA, "Data di completamento")
                                .withHelp("Data di adozione dell'atto o di completamento"),
                        Field.optional("atto", Kind.TESTO, "Atto")
                                .withHelp("Es. Delibera n. 45 del 12/05/2025")));
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        LocalDate due = dueOrYearEnd(ctx);
        Optional<String> given = ctx.indicator().parameters().text("atto").filter(s -> !s.isBlank());
        Optional<String> expected = given.filter(MilestoneType::readsAsSubject);
        String quoted = expected.isPresent() ? "" : given.map(a -> " (atto atteso: «" + a.strip() + "»)").orElse("");
        Optional<Completion> done = Completion.earliest(ctx.measurements(), ctx.asOf());
        if (done.isEmpty()) {
            String what = expected.map(MilestoneType::capitalised).orElse("Traguardo");
            if (ctx.asOf().isBefore(due)) {
                return Evaluation.without(Status.NON_ANCORA_DOVUTO, what + " non ancora "
                                + expected.map(CoreType::done).orElse("completato") + quoted + "; scadenza "
                                + Texts.date(due) + ".")
                        .atRisk(lastStretch(yearStart(ctx), due, ctx.asOf()));
            }
            return Evaluation.without(Status.DATI_MANCANTI, "Nessuna rilevazione di completamento: " + what
                    .substring(0, 1).toLowerCase(java.util.Locale.ITALIAN) + what.substring(1) + " non risulta "
                    + expected.map(CoreType::done).orElse("completato") + quoted + " entro la scadenza del "
                    + Texts.date(due) + ".");
        }
        Completion c = done.get();
        String act = capitalised(c.evidence().or(() -> expected).filter(MilestoneType::readsAsSubject).orElse(""));
        String head = act.isEmpty() ? "Traguardo completato" + quoted : act + " " + done(act);
        if (!c.date().isAfter(due)) {
            double score = ctx.scoring().score(1);
            return Evaluation.of(score, ctx.scoring().status(score), head + " il " + Texts.date(c.date())
                    + ", entro la scadenza del " + Texts.date(due) + ".");
        }
        long late = ChronoUnit.DAYS.between(due, c.date());
        double score = ctx.scoring().score(0);
        return Evaluation.of(score, ctx.scoring().status(score), head + " il " + Texts.date(c.date())
                + ", oltre la scadenza del " + Texts.date(due) + " (" + late + (late == 1 ? " giorno" : " giorni")
                + " di ritardo).");
    }

    /** Whether an act can open a sentence ("Approvazione del regolamento adottata"): words, not a number or formula. */
    static boolean readsAsSubject(String act) {
        String a = act.strip();
        return OPENS_AS_WORDS.matcher(a).lookingAt() && a.codePoints().filter(Character::isLetter).count() >= 4
                && !a.contains("%") && !SPACED_SLASH.matcher(a).find();
    }

    /** A letter, a quote or a parenthesis first. */
    private static final java.util.regex.Pattern OPENS_AS_WORDS = java.util.regex.Pattern.compile("[\\p{L}«\"'(]");

    /** A slash between spaces: a formula ("a / b"). */
    private static final java.util.regex.Pattern SPACED_SLASH = java.util.regex.Pattern.compile("\\s/\\s");

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** When a milestone was done and with which evidence. */
    record Completion(LocalDate date, Optional<String> evidence) {

        /** The earliest completion date not after {@code asOf}. */
        static Optional<Completion> earliest(Iterable<Measurement> measurements, LocalDate asOf) {
            Completion best = null;
            for (Measurement m : measurements) {
                LocalDate d = dateValue(m, "data");
                if (!d.isAfter(asOf) && (best == null || d.isBefore(best.date()))) {
                    best = new Completion(d, CoreType.evidence(m));
                }
            }
            return Optional.ofNullable(best);
        }
    }
}
