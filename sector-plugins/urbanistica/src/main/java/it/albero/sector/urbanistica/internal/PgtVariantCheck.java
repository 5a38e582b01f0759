package it.albero.sector.urbanistica.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Indicator;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.spi.BaseCheck;
import it.albero.api.spi.Check;
import it.albero.api.spi.CheckContext;
import it.albero.api.spi.Finding;
import it.albero.api.spi.Messages;
import it.albero.api.spi.Severity;
import it.albero.api.spi.Steps.Done;
import it.albero.api.spi.Steps.Planned;
import it.albero.api.spi.Texts;

/**
 * {@code urbanistica.ordine-variante}: the phases of a PGT variant (the {@code urbanistica.variante-pgt} indicators of
 * one objective, read together) in the legal order and with the legal periods between them ({@link PgtVariant}):
 * planned dates out of order or too close for the minimum periods are a warning (the schedule cannot be kept); recorded
 * phases out of order, closer than the minimum periods or, for the approval, later than 90 days after the
 * observations, are an error.
 */
@Component(service = Check.class)
public class PgtVariantCheck extends BaseCheck {

    static final String ID = "urbanistica.ordine-variante";

    private final Messages text;

    public PgtVariantCheck() {
        this(UrbanisticaModule.italian());
    }

    PgtVariantCheck(Messages text) {
        super(ID, UrbanisticaModule.ID, text.get("ordine.label"));
        this.text = text;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> out = new ArrayList<>();
        for (OrgUnit u : context.units()) {
            for (Objective top : u.objectives()) {
                top.forEachObjective(o -> checkObjective(context, o, out));
            }
        }
        return out;
    }

    private String phase(String name) {
        return text.get("fase." + name);
    }

    private void checkObjective(CheckContext context, Objective o, List<Finding> out) {
        Map<String, LocalDate> plannedDue = new LinkedHashMap<>();
        Map<String, String> plannedAt = new LinkedHashMap<>();
        Map<String, LocalDate> doneOn = new LinkedHashMap<>();
        Map<String, String> doneAt = new LinkedHashMap<>();
        List<Done> done = new ArrayList<>();
        for (Indicator i : o.indicators()) {
            if (!PgtVariantType.ID.equals(i.typeId())) {
                continue;
            }
            try {
                for (Planned p : PgtVariant.planned(i)) {
                    plannedDue.putIfAbsent(p.step().name(), p.due());
                    plannedAt.putIfAbsent(p.step().name(), i.code());
                }
                for (Done d : PgtVariant.PHASES.done(context.measurements(i.code()), "fase", List.of())) {
                    done.add(d);
                    doneOn.putIfAbsent(d.step().name(), d.date());
                    doneAt.putIfAbsent(d.step().name(), i.code());
                }
            } catch (IllegalArgumentException e) {
                out.add(new Finding(ID, Severity.ERRORE, i.code(), e.getMessage()));
            }
        }
        // planned: legal order and periods
        List<String> names = new ArrayList<>(plannedDue.keySet());
        for (String a : names) {
            for (String b : names) {
                if (PgtVariant.PHASES.order().indexOf(a) < PgtVariant.PHASES.order().indexOf(b)
                        && plannedDue.get(a).isAfter(plannedDue.get(b))) {
                    out.add(new Finding(ID, Severity.AVVISO, plannedAt.get(b), text.get("ordine.planned", phase(b),
                            Texts.date(plannedDue.get(b)), phase(a), plannedAt.get(a), Texts.date(plannedDue.get(a)))));
                }
            }
        }
        for (PgtVariant.Period p : PgtVariant.PERIODS) {
            period(p, plannedDue, plannedAt, Severity.AVVISO, "ordine.period.planned", out);
            period(p, doneOn, doneAt, Severity.ERRORE, "ordine.period.done", out);
        }
        for (Done[] pair : PgtVariant.PHASES.inversions(done)) {
            out.add(new Finding(ID, Severity.ERRORE, doneAt.get(pair[0].step().name()), text.get("ordine.inverted",
                    phase(pair[0].step().name()), Texts.date(pair[0].date()), phase(pair[1].step().name()),
                    Texts.date(pair[1].date()))));
        }
    }

    /** A finding when two dated phases break a legal period. */
    private void period(PgtVariant.Period p, Map<String, LocalDate> dates, Map<String, String> at, Severity severity,
                        String key, List<Finding> out) {
        Optional<LocalDate> from = Optional.ofNullable(dates.get(p.from()));
        Optional<LocalDate> to = Optional.ofNullable(dates.get(p.to()));
        if (from.isEmpty() || to.isEmpty()) {
            return;
        }
        long days = ChronoUnit.DAYS.between(from.get(), to.get());
        boolean broken = p.maximum() ? days > p.days() : days < p.days();
        if (broken) {
            out.add(new Finding(ID, severity, at.get(p.to()), text.get(key + (p.maximum() ? ".max" : ".min"), phase(p.to()),
                    Texts.date(to.get()), days, phase(p.from()), Texts.date(from.get()), p.days(), p.law())));
        }
    }
}
