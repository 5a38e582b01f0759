package it.albero.sector.welfare.internal;

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

/**
 * {@code welfare.target-percentuali}: every ratio target ({@code target}) of the Welfare's indicators, and of
 * this module's types wherever they are, lies within 0-100%; a 0% target is always met and is flagged.
 */
@Component(service = Check.class)
public class PercentTargetsCheck implements Check {

    @Override
    public String id() {
        return "welfare.target-percentuali";
    }

    @Override
    public String moduleId() {
        return WelfareModule.ID;
    }

    @Override
    public String label() {
        return "Target dei rapporti compresi tra 0 e 100%";
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> out = new ArrayList<>();
        for (Indicator i : context.indicators()) {
            boolean ours = i.typeId().startsWith(WelfareModule.ID + ".");
            if (!ours && !context.plan().unitOf(i.code()).map(OrgUnit::moduleId).filter(WelfareModule.ID::equals)
                    .isPresent()) {
                continue;
            }
            Optional<BigDecimal> target;
            try {
                target = i.parameters().number("target");
            } catch (IllegalArgumentException e) {
                out.add(new Finding(id(), Severity.ERRORE, i.code(), "Target non numerico: " + e.getMessage() + "."));
                continue;
            }
            if (target.isEmpty()) {
                continue;
            }
            BigDecimal t = target.get();
            if (t.signum() < 0 || t.compareTo(BigDecimal.valueOf(100)) > 0) {
                out.add(new Finding(id(), Severity.ERRORE, i.code(), "Il target " + t.toPlainString()
                        + "% è fuori dall'intervallo 0-100%."));
            } else if (t.signum() == 0) {
                out.add(new Finding(id(), Severity.AVVISO, i.code(),
                        "Il target 0% è sempre raggiunto: l'indicatore non misura nulla."));
            }
        }
        return out;
    }
}
