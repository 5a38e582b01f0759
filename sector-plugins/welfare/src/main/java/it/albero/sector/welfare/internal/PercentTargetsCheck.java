package it.albero.sector.welfare.internal;

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
import it.albero.api.spi.Targets;

/**
 * {@code welfare.target-percentuali}: every ratio target ({@code target}) of the Welfare's indicators, and of
 * this module's types wherever they are, lies within 0-100% and is above 0% (a 0% target is always met), unless it is
 * a maximum ({@code confronto: <=}). The rule is the API's {@link Targets#problem}, the one the types validate with:
 * the check and the validation give the same answer, as an error.
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
            boolean zeroAllowed = "rapporto".equals(i.typeId())
                    && "<=".equals(i.parameters().text("confronto").orElse(""));
            Optional<String> problem;
            try {
                problem = Targets.problem(i.parameters(), zeroAllowed);
            } catch (IllegalArgumentException e) {
                out.add(new Finding(id(), Severity.ERRORE, i.code(), "Target non numerico: " + e.getMessage() + "."));
                continue;
            }
            problem.ifPresent(p -> out.add(new Finding(id(), Severity.ERRORE, i.code(),
                    Character.toUpperCase(p.charAt(0)) + p.substring(1) + ".")));
        }
        return out;
    }
}
