package it.albero.api.spi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import it.albero.api.model.Measurement;
import it.albero.api.model.Values;

/**
 * The steps of a procedure in their legal order (the stages of public works, the path of decentralised bargaining,
 * the phases of a town-plan variant), and the one rule that assesses them: a planned step is met when it is recorded
 * by its due date and no earlier step of the order was recorded after it. A step may repeat with a number (SAL n. 1,
 * 2...): its rank is its place in the order, then its number.
 * <p>
 * Immutable. {@link #explain} says the outcome in the one wording every module shares ("2 fasi su 3 concluse nei tempi
 * e in ordine (...); ... non registrata (scadenza ...)"), from the API's {@code steps.properties}; the names of the
 * steps are the module's.
 *
 * @since 1.3
 */
public final class Steps {

    /** A step: its name, one of the order's, and its number (0 when the step does not repeat). */
    public record Step(String name, int number) {
        public Step {
            Objects.requireNonNull(name, "name");
        }
    }

    /** A step recorded as done on a date. */
    public record Done(Step step, LocalDate date) {
    }

    /** A step planned, with its due date if the plan gives one ({@code null} otherwise). */
    public record Planned(Step step, LocalDate due) {
    }

    /** What became of a planned step as of a date. */
    public enum Outcome {
        /** Recorded by its due date, after every earlier step. */
        MET,
        /** Recorded after its due date. */
        LATE,
        /** Recorded before an earlier step of the order. */
        OUT_OF_ORDER,
        /** Not recorded and already due. */
        MISSING,
        /** Not recorded and not yet due. */
        PENDING
    }

    /**
     * The assessment of one planned step.
     *
     * @param planned the planned step
     * @param outcome what became of it
     * @param done    when it was recorded, if it was
     * @param before  for {@link Outcome#OUT_OF_ORDER}: the earlier step recorded after it
     */
    public record Assessment(Planned planned, Outcome outcome, Optional<Done> done, Optional<Done> before) {
    }

    private final List<String> order;

    /** @param order the names of the steps in their legal order */
    public Steps(List<String> order) {
        this.order = List.copyOf(order);
    }

    /** The names of the steps in their legal order. */
    public List<String> order() {
        return order;
    }

    /** The place of a step in the order: first by name, then by number. */
    public int rank(Step s) {
        int i = order.indexOf(s.name());
        if (i < 0) {
            throw new IllegalArgumentException("fase '" + s.name() + "' sconosciuta (ammesse: "
                    + String.join(", ", order) + ")");
        }
        return i * 10_000 + s.number();
    }

    /**
     * The step named in values: the name in {@code nameField} (one of the order's), the number in {@code numero}
     * for the repeating steps listed in {@code numbered} (1 when absent), 0 for the others.
     */
    public Step step(Values v, String nameField, List<String> numbered) {
        String name = v.requireText(nameField).trim();
        Step s = new Step(name, numbered.contains(name) ? v.number("numero").map(n -> n.intValue()).orElse(1) : 0);
        rank(s);
        return s;
    }

    /** The steps recorded by measurements (see {@link #step}), oldest first; the first record of a step counts. */
    public List<Done> done(List<Measurement> measurements, String nameField, List<String> numbered) {
        List<Done> out = new ArrayList<>();
        for (Measurement m : measurements) {
            Step s = step(m.values(), nameField, numbered);
            if (out.stream().noneMatch(d -> d.step().equals(s))) {
                out.add(new Done(s, m.date()));
            }
        }
        return out;
    }

    /** Planned steps out of the order, or with a due date before an earlier step's: pairs (earlier, later). */
    public List<Planned[]> planInversions(List<Planned> planned) {
        List<Planned[]> out = new ArrayList<>();
        for (int i = 1; i < planned.size(); i++) {
            Planned a = planned.get(i - 1);
            Planned b = planned.get(i);
            boolean rankInverted = rank(b.step()) <= rank(a.step());
            boolean dueInverted = a.due() != null && b.due() != null && b.due().isBefore(a.due());
            if (rankInverted || dueInverted) {
                out.add(new Planned[] {a, b});
            }
        }
        return out;
    }

    /** Done steps recorded before an earlier step of the order: pairs (step done first, earlier step done after). */
    public List<Done[]> inversions(List<Done> done) {
        List<Done[]> out = new ArrayList<>();
        for (Done later : done) {
            for (Done earlier : done) {
                if (rank(earlier.step()) < rank(later.step()) && earlier.date().isAfter(later.date())) {
                    out.add(new Done[] {later, earlier});
                }
            }
        }
        return out;
    }

    /** Each planned step assessed against the steps done, as of a date. */
    public List<Assessment> assess(List<Planned> planned, List<Done> done, LocalDate asOf) {
        List<Assessment> out = new ArrayList<>();
        for (Planned p : planned) {
            Optional<Done> d = done.stream().filter(x -> x.step().equals(p.step())).findFirst();
            if (d.isEmpty()) {
                boolean due = p.due() != null && !asOf.isBefore(p.due());
                out.add(new Assessment(p, due ? Outcome.MISSING : Outcome.PENDING, d, Optional.empty()));
                continue;
            }
            int rank = rank(p.step());
            Optional<Done> before = done.stream().filter(x -> rank(x.step()) < rank && x.date().isAfter(d.get().date()))
                    .findFirst();
            Outcome o = p.due() != null && d.get().date().isAfter(p.due()) ? Outcome.LATE
                    : before.isPresent() ? Outcome.OUT_OF_ORDER : Outcome.MET;
            out.add(new Assessment(p, o, d, before));
        }
        return out;
    }

    /** The share of the planned steps met (1 when none is planned). */
    public static double attainment(List<Assessment> assessed) {
        return assessed.isEmpty() ? 1 : (double) assessed.stream().filter(a -> a.outcome() == Outcome.MET).count()
                / assessed.size();
    }

    /**
     * The explanation of assessed steps, without the final period: "2 fasi su 3 concluse nei tempi e in ordine
     * (aggiudicazione 12/05/2025, SAL n. 1 20/09/2025); fine lavori non registrata (scadenza 31/12/2025)". Steps still
     * pending are not mentioned.
     *
     * @param label  the module's name of a step, e.g. "SAL n. 1"
     * @param locale the language ({@code null} for Italian); untranslated words stay Italian
     */
    public static String explain(List<Assessment> assessed, Function<Step, String> label, Locale locale) {
        Messages text = Messages.of(Steps.class, Steps.class.getPackageName() + ".steps", locale);
        List<String> met = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Assessment a : assessed) {
            String step = label.apply(a.planned().step());
            String due = a.planned().due() == null ? "" : Texts.date(a.planned().due());
            switch (a.outcome()) {
                case MET -> met.add(step + " " + Texts.date(a.done().orElseThrow().date()));
                case LATE -> problems.add(text.get("late", step, Texts.date(a.done().orElseThrow().date()), due));
                case OUT_OF_ORDER -> problems.add(text.get("order", step, Texts.date(a.done().orElseThrow().date()),
                        label.apply(a.before().orElseThrow().step()), Texts.date(a.before().orElseThrow().date())));
                case MISSING -> problems.add(text.get("missing", step, due));
                case PENDING -> { }
            }
        }
        return text.get("result", met.size(), assessed.size(), met.isEmpty() ? "" : " (" + String.join(", ", met) + ")",
                problems.isEmpty() ? "" : "; " + String.join("; ", problems));
    }

    /** On pace: no planned step is missing, late or out of order so far. */
    public static boolean onPace(List<Assessment> assessed) {
        return assessed.stream().allMatch(a -> a.outcome() == Outcome.MET || a.outcome() == Outcome.PENDING);
    }
}
