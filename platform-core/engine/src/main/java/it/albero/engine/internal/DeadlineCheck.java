package it.albero.engine.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Timing;
import it.albero.api.spi.Check;
import it.albero.api.spi.CheckContext;
import it.albero.api.spi.Finding;
import it.albero.api.spi.Messages;
import it.albero.api.spi.Severity;
import it.albero.api.spi.Texts;

/**
 * Plan quality: a deadline outside the plan's triennium is an error, one outside the reference year a
 * warning; a timing not yet typed is a note for review. Monitoring: a measurement entered more than
 * {@value #GRACE_DAYS} days after the deadline, the day of entry read in the engine's time zone (the same as the
 * roll-up's).
 * <p>
 * Built into the engine (not a service of its own): it reads the engine's current zone and texts.
 */
final class DeadlineCheck implements Check {

    /** Days after a deadline within which a measurement may still be entered without a warning. */
    static final int GRACE_DAYS = 30;

    private final Supplier<Settings> settings;

    DeadlineCheck(Supplier<Settings> settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "scadenze";
    }

    @Override
    public String moduleId() {
        return "core";
    }

    @Override
    public String label() {
        return settings.get().text().get("check.scadenze.label");
    }

    @Override
    public List<Finding> check(CheckContext context) {
        Settings s = settings.get();
        Messages text = s.text();
        List<Finding> out = new ArrayList<>();
        int ref = context.plan().referenceYear();
        for (Indicator i : context.indicators()) {
            Optional<LocalDate> own = i.parameters().date("scadenza");
            Optional<LocalDate> due = own.isPresent() ? own : i.timing().deadline();
            if (i.timing() instanceof Timing.Unspecified u) {
                out.add(new Finding(id(), Severity.INFO, i.code(), text.get("check.scadenze.untyped", u.text())));
            }
            if (due.isEmpty()) {
                continue;
            }
            String deadline = Texts.date(due.get());
            int year = due.get().getYear();
            if (year < context.plan().startYear() || year > context.plan().endYear()) {
                out.add(new Finding(id(), Severity.ERRORE, i.code(), text.get("check.scadenze.outsidePlan", deadline,
                        context.plan().startYear(), context.plan().endYear())));
            } else if (year != ref) {
                out.add(new Finding(id(), Severity.AVVISO, i.code(),
                        text.get("check.scadenze.outsideYear", deadline, ref)));
            }
            LocalDate last = due.get().plusDays(GRACE_DAYS);
            for (Measurement m : context.measurements(i.code())) {
                if (m.recordedAt() == null) {
                    continue;
                }
                LocalDate entered = LocalDate.ofInstant(m.recordedAt(), s.zone());
                if (entered.isAfter(last)) {
                    out.add(new Finding(id(), Severity.AVVISO, i.code(), text.get("check.scadenze.late",
                            Texts.date(m.date()), Texts.date(entered), GRACE_DAYS, deadline)));
                    break;
                }
            }
        }
        return out;
    }
}
