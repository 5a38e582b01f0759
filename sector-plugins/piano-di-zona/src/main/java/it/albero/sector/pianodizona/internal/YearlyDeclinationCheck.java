package it.albero.sector.pianodizona.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Indicator;
import it.albero.api.model.Values;
import it.albero.api.spi.Check;
import it.albero.api.spi.CheckContext;
import it.albero.api.spi.Finding;
import it.albero.api.spi.Messages;
import it.albero.api.spi.Severity;

/**
 * {@code piano-di-zona.declinazione-annuale}: every triennial macro-objective has its declination for the plan's
 * reference year; declinations fall within the plan's years, one per year.
 */
@Component(service = Check.class, configurationPid = PianoDiZonaModule.PID)
public class YearlyDeclinationCheck implements Check {

    private final Messages text;

    /** In Italian. */
    public YearlyDeclinationCheck() {
        this(PianoDiZonaModule.italian());
    }

    @Activate
    public YearlyDeclinationCheck(PianoDiZonaConfig config) {
        this(PianoDiZonaModule.messages(config));
    }

    YearlyDeclinationCheck(Messages text) {
        this.text = text;
    }

    @Override
    public String id() {
        return "piano-di-zona.declinazione-annuale";
    }

    @Override
    public String moduleId() {
        return PianoDiZonaModule.ID;
    }

    @Override
    public String label() {
        return text.get("declinazione.label");
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> out = new ArrayList<>();
        var plan = context.plan();
        for (Indicator i : context.indicators()) {
            if (!MacroObjectiveType.ID.equals(i.typeId())) {
                continue;
            }
            Set<Integer> years = new HashSet<>();
            for (Values d : i.parameters().valuesList("declinazioni")) {
                int y = d.number("anno").map(BigDecimal::intValue).orElse(-1);
                if (y < plan.startYear() || y > plan.endYear()) {
                    out.add(new Finding(id(), Severity.AVVISO, i.code(),
                            text.get("declinazione.outside", y, plan.startYear(), plan.endYear())));
                } else if (!years.add(y)) {
                    out.add(new Finding(id(), Severity.AVVISO, i.code(), text.get("declinazione.repeated", y)));
                }
            }
            if (!years.contains(plan.referenceYear())) {
                out.add(new Finding(id(), Severity.ERRORE, i.code(),
                        text.get("declinazione.missing", plan.referenceYear())));
            }
        }
        return out;
    }
}
