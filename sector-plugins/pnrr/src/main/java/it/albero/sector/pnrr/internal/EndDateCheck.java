package it.albero.sector.pnrr.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

import it.albero.api.model.Indicator;
import it.albero.api.spi.Check;
import it.albero.api.spi.CheckContext;
import it.albero.api.spi.Finding;
import it.albero.api.spi.Severity;
import it.albero.api.spi.Texts;
import it.albero.api.text.ItalianDates;

/**
 * {@code pnrr.scadenza-misura}: the indicators of PNRR-tagged objectives (phases included, wherever they sit in
 * the tree) must be due by the end date of the PNRR measures, configured in {@code etc/it.albero.sector.pnrr.cfg}
 * ({@code scadenzaPnrr}, default 2026-06-30).
 */
@Component(service = Check.class, configurationPid = "it.albero.sector.pnrr")
@Designate(ocd = PnrrConfig.class)
public class EndDateCheck implements Check {

    private final LocalDate end;
    private final String configProblem;

    @Activate
    public EndDateCheck(PnrrConfig config) {
        LocalDate parsed;
        String problem = null;
        try {
            parsed = ItalianDates.parse(config.scadenzaPnrr());
        } catch (IllegalArgumentException e) {
            parsed = LocalDate.of(2026, 6, 30);
            problem = "scadenzaPnrr = '" + config.scadenzaPnrr() + "' in etc/it.albero.sector.pnrr.cfg non è una data"
                    + " gg/mm/aaaa o aaaa-mm-gg: usata la data predefinita 30/06/2026.";
        }
        this.end = parsed;
        this.configProblem = problem;
    }

    @Override
    public String id() {
        return "pnrr.scadenza-misura";
    }

    @Override
    public String moduleId() {
        return PnrrModule.ID;
    }

    @Override
    public String label() {
        return "Scadenze degli obiettivi PNRR entro la fine delle misure (" + Texts.date(end) + ")";
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> out = new ArrayList<>();
        if (configProblem != null) {
            out.add(new Finding(id(), Severity.AVVISO, context.plan().code(), configProblem));
        }
        PnrrObjectives.forEach(context.units(), (objective, measure) -> {
            for (Indicator i : objective.indicators()) {
                PnrrObjectives.deadlines(i).stream().max(Comparator.naturalOrder())
                        .filter(d -> d.isAfter(end))
                        .ifPresent(d -> out.add(new Finding(id(), Severity.ERRORE, i.code(), "Obiettivo PNRR " + measure
                                + ": la scadenza " + Texts.date(d) + " è oltre la fine delle misure PNRR ("
                                + Texts.date(end) + ").")));
            }
        });
        return out;
    }
}
