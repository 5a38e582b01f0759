package it.albero.sector.entrate.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.spi.Check;
import it.albero.api.spi.CheckContext;
import it.albero.api.spi.Finding;
import it.albero.api.spi.Severity;
import it.albero.api.spi.Texts;

/**
 * {@code entrate.prescrizione}: for every assessment-notice indicator with a tax year, the plan's deadline
 * must fall by 31 December of the fifth year after it, and no measurement may report notices issued after
 * that day. Notices whose tax year is already prescribed by the plan's start are an error too.
 */
@Component(service = Check.class)
public class PrescriptionCheck implements Check {

    @Override
    public String id() {
        return "entrate.prescrizione";
    }

    @Override
    public String moduleId() {
        return EntrateModule.ID;
    }

    @Override
    public String label() {
        return "Avvisi di accertamento entro la prescrizione (31/12 del quinto anno successivo)";
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> out = new ArrayList<>();
        for (Indicator i : context.indicators()) {
            if (!"entrate.avvisi".equals(i.typeId())) {
                continue;
            }
            Optional<java.math.BigDecimal> year = i.parameters().number("anno_imposta");
            if (year.isEmpty()) {
                out.add(new Finding(id(), Severity.AVVISO, i.code(),
                        "Manca l'anno d'imposta: impossibile verificare la prescrizione degli avvisi."));
                continue;
            }
            LocalDate limit = Prescription.lastDay(year.get().intValue());
            if (limit.getYear() < context.plan().referenceYear()) {
                out.add(new Finding(id(), Severity.ERRORE, i.code(), "Gli avvisi dell'anno " + year.get().intValue()
                        + " sono prescritti dal " + Texts.date(limit.plusDays(1)) + ", prima dell'anno del piano."));
                continue;
            }
            Optional<LocalDate> due = i.parameters().date("scadenza").or(() -> i.timing().deadline());
            if (due.isPresent() && due.get().isAfter(limit)) {
                out.add(new Finding(id(), Severity.ERRORE, i.code(), "La scadenza " + Texts.date(due.get())
                        + " è oltre la prescrizione degli avvisi dell'anno " + year.get().intValue() + " ("
                        + Texts.date(limit) + ")."));
            }
            for (Measurement m : context.measurements(i.code())) {
                if (m.date().isAfter(limit)) {
                    out.add(new Finding(id(), Severity.AVVISO, i.code(), "Rilevazione del " + Texts.date(m.date())
                            + " successiva alla prescrizione (" + Texts.date(limit) + "): gli avvisi emessi dopo"
                            + " tale data non sono validi."));
                }
            }
        }
        return out;
    }
}
