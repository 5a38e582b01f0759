package it.albero.service.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import it.albero.api.engine.Engine;
import it.albero.api.engine.MeasurementSource;
import it.albero.api.model.Indicator;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;
import it.albero.api.model.Measurement;
import it.albero.api.model.Values;
import it.albero.api.service.AccessPolicy;
import it.albero.api.service.Caller;
import it.albero.api.service.InvalidValuesException;
import it.albero.api.service.MeasurementInput;
import it.albero.api.service.MeasurementService;
import it.albero.api.service.NotFoundException;
import it.albero.api.service.Permission;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Schema;
import it.albero.api.store.IndicatorRef;
import it.albero.api.store.MeasurementStore;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;

/** Checks the caller's unit, types the values by the schema, validates them by the type, and lets the store write. */
@Component(service = MeasurementService.class)
public class MeasurementServiceImpl implements MeasurementService {

    private final PlanStore plans;
    private final MeasurementStore measurements;
    private final Engine engine;
    private final AccessPolicy access;

    @Activate
    public MeasurementServiceImpl(@Reference PlanStore plans, @Reference MeasurementStore measurements,
                                  @Reference Engine engine, @Reference AccessPolicy access) {
        this.plans = plans;
        this.measurements = measurements;
        this.engine = engine;
        this.access = access;
    }

    @Override
    public Measurement record(Caller caller, PlanKey plan, MeasurementInput input) {
        Measurement m = prepare(caller, plan, input, null);
        long id = measurements.record(plan, m);
        return stored(plan, input.indicatorCode(), id, m);
    }

    @Override
    public Measurement correct(Caller caller, PlanKey plan, long correctedId, MeasurementInput input) {
        Measurement m = prepare(caller, plan, input, correctedId);
        long id = measurements.correct(plan, correctedId, m);
        return stored(plan, input.indicatorCode(), id, m);
    }

    @Override
    public List<Measurement> list(Caller caller, PlanKey plan, String indicatorCode) {
        access.require(caller, Permission.READ, null);
        access.requirePlan(caller, plan);
        indicator(plan, indicatorCode);
        return measurements.list(plan, indicatorCode);
    }

    @Override
    public List<Measurement> latest(Caller caller, PlanKey plan, String unitCode, int limit) {
        access.require(caller, Permission.READ, null);
        access.requirePlan(caller, plan);
        Plan p = plans.load(plan).orElseThrow(() -> new NotFoundException("Piano " + plan + " non trovato."));
        List<Indicator> indicators;
        if (unitCode == null) {
            indicators = p.indicators();
        } else {
            OrgUnit unit = p.unit(unitCode).orElseThrow(() -> new NotFoundException(
                    "Unità '" + unitCode + "' non presente nel piano " + plan + "."));
            indicators = new ArrayList<>();
            unit.objectives().forEach(o -> o.forEachIndicator(indicators::add));
        }
        MeasurementSource source = measurements.source(plan);
        return indicators.stream().flatMap(i -> source.measurements(i.code()).stream())
                .sorted(Comparator.comparing(Measurement::recordedAt).thenComparingLong(Measurement::id).reversed())
                .limit(Math.max(1, limit)).toList();
    }

    private Measurement prepare(Caller caller, PlanKey plan, MeasurementInput input, Long corrects) {
        access.require(caller, Permission.READ, null);
        access.requirePlan(caller, plan);
        IndicatorRef ref = indicator(plan, input.indicatorCode());
        access.require(caller, Permission.MEASURE, ref.unitCode());
        Optional<IndicatorType> type = engine.type(ref.indicator().typeId());
        Optional<Schema> schema = type.map(IndicatorType::measurement);
        Values values = ValueReader.read(input.values(), schema);
        Measurement m = new Measurement(0, input.indicatorCode(), input.date(), values, input.evidence(),
                input.note(), caller.name(), Instant.now(), corrects);
        if (schema.isPresent() && !values.isEmpty()) {
            List<String> problems = engine.validate(ref.indicator(), m);
            if (!problems.isEmpty()) {
                throw new InvalidValuesException(ValueReader.byField(problems, schema.get(), input.indicatorCode()));
            }
        }
        return m;
    }

    private IndicatorRef indicator(PlanKey plan, String code) {
        if (plans.summary(plan).isEmpty()) {
            throw new NotFoundException("Piano " + plan + " non trovato.");
        }
        return plans.indicator(plan, code).orElseThrow(() -> new NotFoundException(
                "Indicatore '" + code + "' non presente nel piano " + plan + "."));
    }

    private Measurement stored(PlanKey plan, String code, long id, Measurement sent) {
        return measurements.list(plan, code).stream().filter(x -> x.id() == id).findFirst()
                .orElse(new Measurement(id, sent.indicatorCode(), sent.date(), sent.values(), sent.evidence(),
                        sent.note(), sent.author(), sent.recordedAt(), sent.supersedes()));
    }
}
