package it.albero.sector.polizialocale.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Indicator;
import it.albero.api.model.OrgUnit;
import it.albero.api.spi.Check;
import it.albero.api.spi.CheckContext;
import it.albero.api.spi.Finding;
import it.albero.api.spi.Severity;
import it.albero.api.spi.Window;

/**
 * {@code polizia-locale.finestre}: every window ({@code finestra}) of the Polizia Locale's indicators, and of
 * any indicator of this module's types, lies inside the plan's reference year; a weekly patrol target is
 * consistent with the total the same indicator asks for the window.
 */
@Component(service = Check.class)
public class WindowsCheck implements Check {

    @Override
    public String id() {
        return "polizia-locale.finestre";
    }

    @Override
    public String moduleId() {
        return PoliziaLocaleModule.ID;
    }

    @Override
    public String label() {
        return "Periodi dentro l'anno del piano e target settimanali coerenti con quelli complessivi";
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> out = new ArrayList<>();
        int year = context.plan().referenceYear();
        for (Indicator i : context.indicators()) {
            if (!served(context, i)) {
                continue;
            }
            Optional<Window> window;
            try {
                window = Window.of(i.parameters(), "finestra");
            } catch (IllegalArgumentException e) {
                out.add(new Finding(id(), Severity.ERRORE, i.code(), "Periodo non valido: " + e.getMessage() + "."));
                continue;
            }
            if (window.isEmpty()) {
                continue;
            }
            Window w = window.get();
            if (w.from().getYear() != year || w.to().getYear() != year) {
                out.add(new Finding(id(), Severity.ERRORE, i.code(), "Il periodo " + w.words()
                        + " esce dall'anno di riferimento del piano (" + year + ")."));
            }
            if (PatrolsType.ID.equals(i.typeId()) && i.parameters().has("soglia")) {
                consistency(i, w).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<Finding> consistency(Indicator i, Window w) {
        long perWeek = i.parameters().requireNumber("per_settimana").longValue();
        int weeks = PatrolsType.weeks(w).size();
        BigDecimal threshold = i.parameters().requireNumber("soglia");
        String comparison = i.parameters().text("confronto").orElse(">=");
        long total = Grading.required(threshold, comparison);
        long implied = perWeek * weeks;
        if (weeks == 0) {
            return Optional.of(new Finding(id(), Severity.ERRORE, i.code(), "Il periodo " + w.words()
                    + " non contiene nessuna settimana: il minimo settimanale non è verificabile."));
        }
        if (implied > total) {
            return Optional.of(new Finding(id(), Severity.INFO, i.code(), "Il minimo settimanale (" + perWeek + " × "
                    + weeks + " settimane = " + implied + ") supera già la soglia complessiva ("
                    + Grading.thresholdText(threshold, comparison) + "): la soglia complessiva non aggiunge nulla."));
        }
        return Optional.empty();
    }

    private static boolean served(CheckContext context, Indicator i) {
        if (i.typeId().startsWith(PoliziaLocaleModule.ID + ".")) {
            return true;
        }
        return context.plan().unitOf(i.code()).map(OrgUnit::moduleId).filter(PoliziaLocaleModule.ID::equals).isPresent();
    }
}
