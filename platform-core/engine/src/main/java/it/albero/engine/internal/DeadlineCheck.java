package it.albero.engine.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Indicator;
import it.albero.api.model.Timing;
import it.albero.api.spi.Check;
import it.albero.api.spi.CheckContext;
import it.albero.api.spi.Finding;
import it.albero.api.spi.Severity;
import it.albero.api.spi.Texts;

/**
 * Plan quality: a deadline outside the plan's triennium is an error, one outside the reference year a
 * warning; a timing not yet typed is a note for review. Monitoring: a measurement entered after the deadline.
 */
@Component(service = Check.class)
public class DeadlineCheck implements Check {

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
        return "Scadenze dentro l'anno del piano e rilevazioni entro la scadenza";
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> out = new ArrayList<>();
        int ref = context.plan().referenceYear();
        for (Indicator i : context.indicators()) {
            Optional<LocalDate> own = i.parameters().date("scadenza");
            Optional<LocalDate> due = own.isPresent() ? own : i.timing().deadline();
            if (i.timing() instanceof Timing.Unspecified u) {
                out.add(new Finding(id(), Severity.INFO, i.code(),
                        "Tempi non tipizzati ('" + u.text() + "'): da rivedere."));
            }
            if (due.isEmpty()) {
                continue;
            }
            int year = due.get().getYear();
            if (year < context.plan().startYear() || year > context.plan().endYear()) {
                out.add(new Finding(id(), Severity.ERRORE, i.code(), "Scadenza " + Texts.date(due.get())
                        + " fuori dal triennio " + context.plan().startYear() + "-" + context.plan().endYear() + "."));
            } else if (year != ref) {
                out.add(new Finding(id(), Severity.AVVISO, i.code(), "Scadenza " + Texts.date(due.get())
                        + " fuori dall'anno di riferimento " + ref + "."));
            }
            context.measurements(i.code()).stream()
                    .filter(m -> m.recordedAt() != null)
                    .filter(m -> m.recordedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate()
                            .isAfter(due.get().plusDays(30)))
                    .findFirst()
                    .ifPresent(m -> out.add(new Finding(id(), Severity.AVVISO, i.code(),
                            "Rilevazione del " + Texts.date(m.date()) + " inserita il "
                                    + Texts.date(m.recordedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate())
                                    + ", oltre 30 giorni dopo la scadenza " + Texts.date(due.get()) + ".")));
        }
        return out;
    }
}
