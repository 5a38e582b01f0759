package it.albero.sector.segreteria.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.spi.BaseCheck;
import it.albero.api.spi.Check;
import it.albero.api.spi.CheckContext;
import it.albero.api.spi.Finding;
import it.albero.api.spi.Messages;
import it.albero.api.spi.Severity;
import it.albero.api.spi.Texts;

/**
 * {@code segreteria.termini-di-legge}: the plan's deadlines of the statutory duties ({@code segreteria.adempimento})
 * against the law's dates: a plan deadline after the statutory date is a warning (the plan tolerates what the law
 * does not); a duty done after its statutory date is a warning with the days; the same duty planned by two
 * indicators with different deadlines (the PIAO "entro marzo" in one unit and "entro giugno" in another) is a warning;
 * an OIV attestation without ANAC's date is information.
 */
@Component(service = Check.class)
public class StatutoryDatesCheck extends BaseCheck {

    static final String ID = "segreteria.termini-di-legge";

    private final Messages text;

    public StatutoryDatesCheck() {
        this(SegreteriaModule.italian());
    }

    StatutoryDatesCheck(Messages text) {
        super(ID, SegreteriaModule.ID, text.get("termini.label"));
        this.text = text;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> out = new ArrayList<>();
        int year = context.plan().referenceYear();
        Map<Duty, Indicator> first = new LinkedHashMap<>();
        for (Indicator i : context.indicators()) {
            if (!StatutoryDutyType.ID.equals(i.typeId())) {
                continue;
            }
            Duty duty;
            try {
                duty = StatutoryDutyType.duty(i);
            } catch (IllegalArgumentException e) {
                out.add(new Finding(ID, Severity.ERRORE, i.code(), e.getMessage()));
                continue;
            }
            String name = text.get("duty." + duty.key);
            Optional<LocalDate> law = StatutoryDutyType.statutory(i, year);
            Optional<LocalDate> planned = i.parameters().date("scadenza").or(() -> i.timing().deadline());
            if (law.isEmpty()) {
                out.add(new Finding(ID, Severity.INFO, i.code(), text.get("termini.noDate", name, duty.law)));
            } else if (planned.isPresent() && planned.get().isAfter(law.get())) {
                out.add(new Finding(ID, Severity.AVVISO, i.code(), text.get("termini.planLater", name,
                        Texts.date(planned.get()), Texts.date(law.get()), duty.law)));
            }
            List<Measurement> ms = context.measurements(i.code());
            if (law.isPresent() && !ms.isEmpty() && ms.get(ms.size() - 1).date().isAfter(law.get())) {
                LocalDate done = ms.get(ms.size() - 1).date();
                out.add(new Finding(ID, Severity.AVVISO, i.code(), text.get("termini.doneLate", name, Texts.date(done),
                        Texts.date(law.get()), java.time.temporal.ChronoUnit.DAYS.between(law.get(), done))));
            }
            Indicator other = first.putIfAbsent(duty, i);
            if (other != null) {
                Optional<LocalDate> otherDue = other.parameters().date("scadenza").or(() -> other.timing().deadline());
                if (!otherDue.equals(planned)) {
                    out.add(new Finding(ID, Severity.AVVISO, i.code(), text.get("termini.twice", name, other.code(),
                            otherDue.map(Texts::date).orElse("-"), planned.map(Texts::date).orElse("-"))));
                }
            }
        }
        return out;
    }
}
