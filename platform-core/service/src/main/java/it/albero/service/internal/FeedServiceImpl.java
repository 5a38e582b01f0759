package it.albero.service.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import it.albero.api.engine.Engine;
import it.albero.api.feed.FeedContext;
import it.albero.api.feed.FeedException;
import it.albero.api.feed.FeedProblem;
import it.albero.api.feed.FeedRecord;
import it.albero.api.feed.FeedReport;
import it.albero.api.feed.FeedService;
import it.albero.api.feed.FeedSource;
import it.albero.api.feed.FeedTable;
import it.albero.api.feed.SourceInfo;
import it.albero.api.feed.TableReader;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Plan;
import it.albero.api.model.Provenance;
import it.albero.api.model.Values;
import it.albero.api.service.AccessDeniedException;
import it.albero.api.service.AccessPolicy;
import it.albero.api.service.Caller;
import it.albero.api.service.InvalidValuesException;
import it.albero.api.service.NotFoundException;
import it.albero.api.service.Permission;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Schema;
import it.albero.api.store.ConflictException;
import it.albero.api.store.FedFile;
import it.albero.api.store.MeasurementStore;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;
import it.albero.api.store.PlanSummary;

/**
 * Feeds a file through a source: reads it as a table, lets the source turn rows into measurements, checks every one
 * (indicator, unit of the caller, plan years, the type's schema) keeping its row, and records them all in one
 * transaction with their provenance. The same content twice records nothing; a new version of a file (same source
 * and name) supersedes the measurements read from the earlier one at the same indicator and date, and records nothing
 * for those whose values did not change.
 */
@Component(service = FeedService.class)
public class FeedServiceImpl implements FeedService {

    private final PlanStore plans;
    private final MeasurementStore measurements;
    private final Engine engine;
    private final AccessPolicy access;
    private final TableReader tables;
    private final Map<String, FeedSource> sources = new ConcurrentHashMap<>();

    @Activate
    public FeedServiceImpl(@Reference PlanStore plans, @Reference MeasurementStore measurements,
                           @Reference Engine engine, @Reference AccessPolicy access, @Reference TableReader tables) {
        this.plans = plans;
        this.measurements = measurements;
        this.engine = engine;
        this.access = access;
        this.tables = tables;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindSource(FeedSource source) {
        sources.put(source.id(), source);
    }

    void unbindSource(FeedSource source) {
        sources.remove(source.id(), source);
    }

    @Override
    public List<SourceInfo> sources() {
        return sources.values().stream().sorted(Comparator.comparing(FeedSource::id))
                .map(s -> new SourceInfo(s.id(), s.moduleId(), s.label(), s.columns())).toList();
    }

    @Override
    public FeedReport feed(Caller caller, PlanKey key, String sourceId, String fileName, byte[] content,
                           boolean dryRun) {
        access.require(caller, Permission.READ, null);
        access.requirePlan(caller, key);
        FeedSource source = sources.get(sourceId);
        if (source == null) {
            throw new NotFoundException("Fonte '" + sourceId + "' non installata; le fonti presenti: "
                    + (sources.isEmpty() ? "nessuna" : String.join(", ", new TreeMap<>(sources).keySet())) + ".");
        }
        PlanSummary summary = plans.summary(key).orElseThrow(() -> new NotFoundException("Piano " + key
                + " non trovato."));
        Plan plan = plans.load(key).orElseThrow(() -> new NotFoundException("Piano " + key + " non trovato."));
        String hash = sha256(content);
        Run run = new Run(fileName, plan);
        Optional<FedFile> before = measurements.fedFile(key, sourceId, hash);
        if (before.isPresent()) {
            run.warning(0, "-", "file già acquisito il " + before.get().at().atZone(java.time.ZoneId.of("Europe/Rome")).toLocalDate()
                    + " da " + before.get().author() + " con lo stesso contenuto: nessuna rilevazione registrata");
            return run.report(source.id(), hash, dryRun, false, true, 0, 0);
        }
        List<FeedRecord> records = List.of();
        try {
            FeedTable table = tables.read(fileName, content);
            records = source.read(table, run);
        } catch (FeedException e) {
            run.error(e.row(), e.column(), e.getMessage());
        }
        List<Measurement> ready = check(caller, key, summary, plan, source, fileName, hash, records, run);
        if (run.hasErrors()) {
            return run.report(source.id(), hash, dryRun, false, false, 0, 0);
        }
        // a new version of a file already fed: same indicator and date supersede, unchanged values are not repeated
        Map<String, Measurement> earlier = new HashMap<>();
        for (Measurement m : measurements.fromFile(key, sourceId, fileName)) {
            earlier.put(m.indicatorCode() + "|" + m.date(), m);
        }
        List<Measurement> toWrite = new ArrayList<>();
        int corrected = 0;
        for (Measurement m : ready) {
            Measurement old = earlier.get(m.indicatorCode() + "|" + m.date());
            if (old != null && old.values().equals(m.values())) {
                continue;
            }
            if (old != null) {
                corrected++;
                m = new Measurement(0, m.indicatorCode(), m.date(), m.values(), m.evidence(), m.note(), m.author(),
                        null, old.id(), m.provenance());
            }
            toWrite.add(m);
        }
        toWrite.forEach(m -> run.byIndicator.merge(m.indicatorCode(), 1, Integer::sum));
        if (ready.size() > toWrite.size()) {
            run.warning(0, "-", (ready.size() - toWrite.size()) + " rilevazioni uguali a quelle della versione"
                    + " precedente del file: non ripetute");
        }
        if (dryRun) {
            return run.report(source.id(), hash, true, false, false, toWrite.size(), corrected);
        }
        try {
            measurements.recordFile(key, new FedFile(sourceId, fileName, hash, caller.name(), null, toWrite.size()),
                    toWrite);
        } catch (ConflictException e) {
            run.warning(0, "-", e.getMessage());
            return run.report(source.id(), hash, false, false, true, 0, 0);
        }
        return run.report(source.id(), hash, false, true, false, toWrite.size(), corrected);
    }

    /** Each record as a measurement ready to store, or its problems at its row; access checked for every unit. */
    private List<Measurement> check(Caller caller, PlanKey key, PlanSummary summary, Plan plan, FeedSource source,
                                    String fileName, String hash, List<FeedRecord> records, Run run) {
        List<Measurement> out = new ArrayList<>(records.size());
        Map<String, Integer> denied = new TreeMap<>();
        Map<String, Indicator> indicators = new HashMap<>();
        Map<String, String> units = new HashMap<>();
        plan.units().forEach(u -> u.objectives().forEach(o -> o.forEachIndicator(i -> {
            indicators.put(i.code(), i);
            units.put(i.code(), u.code());
        })));
        for (FeedRecord r : records) {
            Optional<Indicator> indicator = Optional.ofNullable(indicators.get(r.indicatorCode()));
            if (indicator.isEmpty()) {
                run.error(r.row(), "indicatore", "indicatore '" + r.indicatorCode() + "' non presente nel piano " + key);
                continue;
            }
            String unit = units.get(r.indicatorCode());
            if (!access.allows(caller, Permission.MEASURE, unit)) {
                denied.merge(unit, 1, Integer::sum);
                continue;
            }
            LocalDate d = r.date();
            if (d.getYear() < summary.startYear() || d.getYear() > summary.endYear()) {
                run.error(r.row(), "data", "la data " + d + " è fuori dagli anni del piano " + summary.startYear()
                        + "-" + summary.endYear());
                continue;
            }
            Optional<IndicatorType> type = engine.type(indicator.get().typeId());
            Optional<Schema> schema = type.map(IndicatorType::measurement);
            Values values;
            try {
                values = ValueReader.read(r.values(), schema);
            } catch (InvalidValuesException e) {
                e.fields().forEach((f, why) -> run.error(r.row(), f.isEmpty() ? "valori" : f, why));
                continue;
            }
            if (values.isEmpty()) {
                run.error(r.row(), "valori", "nessun valore per " + r.indicatorCode());
                continue;
            }
            if (schema.isPresent()) {
                Optional<String> unknown = values.asMap().keySet().stream()
                        .filter(n -> schema.get().field(n).isEmpty()).findFirst();
                if (unknown.isPresent()) {
                    run.error(r.row(), unknown.get(), "colonna non prevista dal tipo " + indicator.get().typeId()
                            + " di " + r.indicatorCode() + " (previste: " + String.join(", ", schema.get().fields()
                            .stream().map(f -> f.name()).toList()) + ")");
                    continue;
                }
            }
            Measurement m = new Measurement(0, r.indicatorCode(), d, values, r.evidence(), r.note(), caller.name(),
                    null, null, new Provenance(source.id(), fileName, hash, r.row()));
            if (schema.isPresent()) {
                List<String> problems = engine.validate(indicator.get(), m);
                if (!problems.isEmpty()) {
                    ValueReader.byField(problems, schema.get(), r.indicatorCode())
                            .forEach((f, why) -> run.error(r.row(), f.isEmpty() ? "valori" : f, why));
                    continue;
                }
            }
            out.add(m);
        }
        if (!denied.isEmpty()) {
            throw new AccessDeniedException("Il file " + fileName + " contiene rilevazioni di unità per le quali "
                    + caller.name() + " non può registrare (" + denied + "): nulla è stato registrato.");
        }
        return out;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }

    /** One feeding: the source's context and the problems found, in row order at the end. */
    private final class Run implements FeedContext {
        private final String file;
        private final Plan plan;
        private final List<FeedProblem> errors = new ArrayList<>();
        private final List<FeedProblem> warnings = new ArrayList<>();
        private final Map<String, Integer> byIndicator = new LinkedHashMap<>();

        Run(String file, Plan plan) {
            this.file = file;
            this.plan = plan;
        }

        @Override
        public Plan plan() {
            return plan;
        }

        @Override
        public LocalDate today() {
            return engine.today();
        }

        @Override
        public List<Indicator> indicatorsOfType(String typeId) {
            return plan.indicators().stream().filter(i -> i.typeId().equals(typeId)).toList();
        }

        @Override
        public void error(int row, String column, String message) {
            errors.add(new FeedProblem(file, row, column == null ? "-" : column, message));
        }

        @Override
        public void warning(int row, String column, String message) {
            warnings.add(new FeedProblem(file, row, column == null ? "-" : column, message));
        }

        boolean hasErrors() {
            return !errors.isEmpty();
        }

        FeedReport report(String source, String hash, boolean dryRun, boolean written, boolean duplicate,
                          int recorded, int corrected) {
            Comparator<FeedProblem> byRow = Comparator.comparingInt(FeedProblem::row);
            return new FeedReport(source, file, hash, dryRun, errors.isEmpty(), written, duplicate, recorded,
                    corrected, byIndicator, errors.stream().sorted(byRow).toList(),
                    warnings.stream().sorted(byRow).toList());
        }
    }
}
