package it.albero.service.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;

import it.albero.api.engine.MeasurementSource;
import it.albero.api.model.Indicator;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;
import it.albero.api.service.AccessPolicy;
import it.albero.api.service.Caller;
import it.albero.api.service.NotFoundException;
import it.albero.api.service.Permission;
import it.albero.api.service.Reminder;
import it.albero.api.service.ReminderService;
import it.albero.api.store.MeasurementStore;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;

/**
 * Deadlines without measurements, for the cruscotto and the daily reminder: an indicator's deadline (its Tempi) is
 * near when it falls within {@code days.ahead} days (PID {@code it.albero.reminders}), overdue when it has passed;
 * either counts only while no measurement is dated in the deadline's year.
 */
@Component(service = ReminderService.class, configurationPid = "it.albero.reminders",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class ReminderServiceImpl implements ReminderService {

    static final int DEFAULT_DAYS = 14;

    private final PlanStore plans;
    private final MeasurementStore measurements;
    private final AccessPolicy access;
    private final int daysAhead;

    @Activate
    public ReminderServiceImpl(@Reference PlanStore plans, @Reference MeasurementStore measurements,
                               @Reference AccessPolicy access, Map<String, Object> config) {
        this.plans = plans;
        this.measurements = measurements;
        this.access = access;
        Object days = config.get("days.ahead");
        this.daysAhead = days == null ? DEFAULT_DAYS : Math.max(0, Integer.parseInt(days.toString().strip()));
    }

    @Override
    public int daysAhead() {
        return daysAhead;
    }

    @Override
    public List<Reminder> due(Caller caller, PlanKey key, LocalDate asOf) {
        access.require(caller, Permission.READ, null);
        access.requirePlan(caller, key);
        Plan plan = plans.load(key).orElseThrow(() -> new NotFoundException("Piano " + key + " non trovato."));
        MeasurementSource source = measurements.source(key);
        List<Reminder> out = new ArrayList<>();
        for (OrgUnit unit : plan.units()) {
            List<Indicator> indicators = new ArrayList<>();
            unit.objectives().forEach(o -> o.forEachIndicator(indicators::add));
            for (Indicator i : indicators) {
                LocalDate deadline = i.timing().deadline().orElse(null);
                if (deadline == null) {
                    continue;
                }
                long days = ChronoUnit.DAYS.between(asOf, deadline);
                if (days > daysAhead) {
                    continue;
                }
                boolean measured = source.measurements(i.code()).stream()
                        .anyMatch(m -> m.date().getYear() == deadline.getYear());
                if (!measured) {
                    out.add(new Reminder(i.code(), unit.code(), i.instrument(), deadline, days < 0, days));
                }
            }
        }
        out.sort(Comparator.comparing(Reminder::overdue).reversed().thenComparing(Reminder::deadline)
                .thenComparing(Reminder::indicatorCode));
        return out;
    }
}
