package it.albero.sector.pnrr.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Objective;
import it.albero.api.spi.Check;
import it.albero.api.spi.CheckContext;
import it.albero.api.spi.Finding;
import it.albero.api.spi.Severity;

/**
 * {@code pnrr.codici}: the PNRR measure code and the CUP tagged on objectives are valid; a measure code written
 * in the title that differs from the tag is flagged; a PNRR objective without a CUP is reported.
 */
@Component(service = Check.class)
public class CodesCheck implements Check {

    @Override
    public String id() {
        return "pnrr.codici";
    }

    @Override
    public String moduleId() {
        return PnrrModule.ID;
    }

    @Override
    public String label() {
        return "Codici di misura PNRR (Missione/Componente/Investimento) e CUP validi";
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> out = new ArrayList<>();
        context.units().forEach(u -> u.objectives().forEach(top -> top.forEachObjective(o -> {
            String cup = o.tags().get(Objective.TAG_CUP);
            if (cup != null) {
                Cup.problem(cup).ifPresent(p -> out.add(new Finding(id(), Severity.ERRORE, o.code(), capital(p) + ".")));
            }
            String tag = o.tags().get(Objective.TAG_PNRR);
            if (tag == null) {
                return;
            }
            MeasureCode code;
            try {
                code = MeasureCode.parse(tag);
            } catch (IllegalArgumentException e) {
                out.add(new Finding(id(), Severity.ERRORE, o.code(), capital(e.getMessage()) + "."));
                return;
            }
            Optional<MeasureCode> inTitle = MeasureCode.findIn(o.title());
            if (inTitle.isPresent() && !inTitle.get().equals(code)) {
                out.add(new Finding(id(), Severity.AVVISO, o.code(), "Il titolo cita la misura " + inTitle.get()
                        + " ma il tag pnrr è " + code + "."));
            }
            if (cup == null && !hasCupAbove(top, o)) {
                out.add(new Finding(id(), Severity.INFO, o.code(), "Obiettivo PNRR (" + code
                        + ") senza CUP: aggiungere il tag cup per il monitoraggio ReGiS."));
            }
        })));
        return out;
    }

    private static boolean hasCupAbove(Objective top, Objective o) {
        return top != o && top.tags().containsKey(Objective.TAG_CUP);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
