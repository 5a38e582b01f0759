package it.albero.store.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import it.albero.api.engine.MeasurementSource;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.PlanStatus;
import it.albero.api.model.Provenance;
import it.albero.api.store.AuditEntry;
import it.albero.api.store.ConflictException;
import it.albero.api.store.FedFile;
import it.albero.api.store.IndicatorRef;
import it.albero.api.store.MeasurementStore;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanSummary;
import it.albero.api.store.ValidationException;

/** Measurements on table {@code measurement}. */
final class JdbcMeasurementStore implements MeasurementStore {

    /** The columns of a new measurement (their values: {@link #row}). */
    private static final String[] NEW_COLUMNS = {"plan_id", "indicator_code", "measured_on", "measured_values",
        "evidence", "note", "author", "recorded_at", "supersedes", "source_id", "source_file", "source_hash",
        "source_row"};
    private static final RowsInsert.Kind[] KINDS = {RowsInsert.Kind.BIGINT, RowsInsert.Kind.TEXT,
        RowsInsert.Kind.DATE, RowsInsert.Kind.TEXT, RowsInsert.Kind.TEXT, RowsInsert.Kind.TEXT, RowsInsert.Kind.TEXT,
        RowsInsert.Kind.TIMESTAMP, RowsInsert.Kind.BIGINT, RowsInsert.Kind.TEXT, RowsInsert.Kind.TEXT,
        RowsInsert.Kind.TEXT, RowsInsert.Kind.INTEGER};
    /** The columns before {@code supersedes}: all a new measurement without provenance has. */
    private static final int BASE_COLUMNS = 8;

    /** Checks a measurement against the indicator's type, when the type is installed. */
    @FunctionalInterface
    interface TypeValidator {
        /** @return Italian messages, empty when valid or when the type is not installed */
        List<String> validate(Indicator indicator, Measurement measurement);

        static TypeValidator none() {
            return (i, m) -> List.of();
        }
    }

    /** Why a validated plan refuses measurements (issue 5: after validation, measurements are locked). */
    static final String LOCKED = "piano validato: rilevazioni bloccate";

    private static final String COLUMNS = "id, indicator_code, measured_on, measured_values, evidence, note, author,"
            + " recorded_at, supersedes, source_id, source_file, source_hash, source_row";

    private final Database db;
    private final TypeValidator types;

    JdbcMeasurementStore(Database db, TypeValidator types) {
        this.db = db;
        this.types = types;
    }

    @Override
    public long record(PlanKey plan, Measurement m) {
        return db.inTransaction("registrazione della rilevazione per " + m.indicatorCode(), c -> {
            Target target = validate(c, plan, m);
            long id = insert(c, target, m, null);
            JdbcAuditTrail.append(c, AuditEntry.of(m.author().strip(), "rilevazione.registra", "rilevazione", plan,
                    m.indicatorCode(), null, Json.write(snapshot(id, m, null)), AuditEntry.Outcome.ACCEPTED,
                    "rilevazione " + id + " del " + m.date() + " per " + target.indicator().indicator().code()));
            return id;
        });
    }

    /**
     * Records a correction in one transaction: the same checks as {@link #record} (plan lock included), then the
     * corrected measurement must be of the same indicator and plan and not corrected yet. Two concurrent
     * corrections of one record: the plan lock orders them, the second sees the first and is refused; the unique
     * constraint on {@code measurement.supersedes} refuses it whatever the isolation.
     */
    @Override
    public long correct(PlanKey plan, long correctedId, Measurement m) {
        try {
            return db.inTransaction("correzione della rilevazione " + correctedId + " per " + m.indicatorCode(), c -> {
                Target target = validate(c, plan, m);
                Measurement corrected = corrected(c, target, plan, correctedId, m);
                long id;
                try {
                    id = insert(c, target, m, correctedId);
                } catch (SQLException e) {
                    if (Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        throw alreadyCorrected(plan, correctedId, m, target, "un'altra correzione");
                    }
                    throw e;
                }
                JdbcAuditTrail.append(c, AuditEntry.of(m.author().strip(), "rilevazione.corregge", "rilevazione",
                        plan, m.indicatorCode(), Json.write(snapshot(corrected.id(), corrected, corrected.supersedes())),
                        Json.write(snapshot(id, m, correctedId)), AuditEntry.Outcome.ACCEPTED,
                        "rilevazione " + id + " del " + m.date() + " per " + m.indicatorCode()
                                + ": corregge la rilevazione " + correctedId + " del " + corrected.date()));
                return id;
            });
        } catch (Refused r) {
            audit(r.audit);
            throw r.conflict;
        }
    }

    /**
     * Records a fed file in one transaction: the file's row first (the unique constraint refuses the same content
     * twice, even from two nodes at once), then every measurement with the checks of {@link #record} and, for a
     * correction, of {@link #correct}.
     */
    @Override
    public List<Long> recordFile(PlanKey plan, FedFile file, List<Measurement> measurements) {
        try {
            return db.inTransaction("acquisizione del file " + file.fileName() + " (" + file.source() + ")", c -> {
                Optional<JdbcPlanStore.PlanRow> row = JdbcPlanStore.find(c, plan);
                if (row.isEmpty()) {
                    throw new ValidationException("acquisizione di " + file.fileName() + ": piano sconosciuto " + plan);
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO fed_file (plan_id, source_id, file_name,"
                        + " hash, author, fed_at, measurements) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setLong(1, row.get().id());
                    ps.setString(2, file.source());
                    ps.setString(3, Limits.cut(file.fileName(), 255));
                    ps.setString(4, file.hash());
                    ps.setString(5, file.author().strip());
                    ps.setTimestamp(6, Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS)));
                    ps.setInt(7, measurements.size());
                    ps.executeUpdate();
                } catch (SQLException e) {
                    if (Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        throw alreadyFed(plan, file, row.get().summary().version());
                    }
                    throw e;
                }
                List<Long> ids = new ArrayList<>(measurements.size());
                Map<String, Target> targets = new HashMap<>();
                int corrections = 0;
                for (Measurement m : measurements) {
                    Target target = validate(c, plan, m, targets.get(m.indicatorCode()));
                    targets.put(m.indicatorCode(), target);
                    Measurement corrected = m.supersedes() == null ? null
                            : corrected(c, target, plan, m.supersedes(), m);
                    long id;
                    try {
                        id = insert(c, target, m, m.supersedes());
                    } catch (SQLException e) {
                        if (m.supersedes() != null && Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                            throw alreadyCorrected(plan, m.supersedes(), m, target, "un'altra correzione");
                        }
                        throw e;
                    }
                    if (corrected != null) {
                        // a correction is audited with both records; new records are in the file's entry below
                        corrections++;
                        JdbcAuditTrail.append(c, AuditEntry.of(m.author().strip(), "rilevazione.corregge",
                                "rilevazione", plan, m.indicatorCode(),
                                Json.write(snapshot(corrected.id(), corrected, corrected.supersedes())),
                                Json.write(snapshot(id, m, m.supersedes())), AuditEntry.Outcome.ACCEPTED,
                                "rilevazione " + id + " del " + m.date() + " per " + m.indicatorCode() + " dal file "
                                        + file.fileName() + ": corregge la rilevazione " + corrected.id()));
                    }
                    ids.add(id);
                }
                Map<String, Object> fed = new LinkedHashMap<>();
                fed.put("fonte", file.source());
                fed.put("file", file.fileName());
                fed.put("sha256", file.hash());
                fed.put("rilevazioni", ids.size());
                fed.put("correzioni", corrections);
                fed.put("indicatori", new java.util.TreeSet<>(targets.keySet()));
                JdbcAuditTrail.append(c, AuditEntry.of(file.author().strip(), "file.acquisisce", "file", plan,
                        file.source(), null, Json.write(fed), AuditEntry.Outcome.ACCEPTED, "file " + file.fileName()
                                + " (" + file.source() + "): " + ids.size() + " rilevazioni, di cui " + corrections
                                + " correzioni"));
                return ids;
            });
        } catch (Refused r) {
            audit(r.audit);
            throw r.conflict;
        }
    }

    /**
     * Records a batch of new measurements in one transaction: the plan is found, locked and its tree read once,
     * each measurement is checked as {@link #record} checks it, the rows go in JDBC batches and one audit entry
     * tells how many, which indicators and which dates.
     */
    @Override
    public int recordBatch(PlanKey plan, List<Measurement> measurements, String author) {
        String who = author == null ? "" : author.strip();
        if (who.isEmpty()) {
            throw new ValidationException("caricamento di rilevazioni nel piano " + plan + ": autore mancante");
        }
        if (measurements.isEmpty()) {
            return 0;
        }
        return db.inTransaction("caricamento di " + measurements.size() + " rilevazioni nel piano " + plan, c -> {
            Optional<JdbcPlanStore.PlanRow> row = JdbcPlanStore.find(c, plan);
            if (row.isEmpty()) {
                throw new ValidationException("caricamento di rilevazioni: piano sconosciuto " + plan);
            }
            PlanSummary summary = row.get().summary();
            if (!summary.status().acceptsMeasurements() || !lockOpenPlan(c, row.get().id())) {
                throw new ValidationException("caricamento di rilevazioni: " + LOCKED + " (" + plan + ")");
            }
            Map<String, Indicator> indicators = PlanTreeReader.indicators(c, row.get().id());
            Map<String, Target> targets = new HashMap<>();
            List<String> problems = new ArrayList<>();
            String[] json = new String[measurements.size()];
            java.util.TreeSet<String> codes = new java.util.TreeSet<>();
            LocalDate first = null;
            LocalDate last = null;
            for (int n = 0; n < measurements.size(); n++) {
                Measurement m = measurements.get(n);
                String where = "rilevazione " + (n + 1) + " per " + m.indicatorCode();
                if (m.supersedes() != null) {
                    problems.add(where + ": una correzione non si carica in blocco (usare la correzione)");
                    continue;
                }
                Indicator indicator = indicators.get(m.indicatorCode());
                if (indicator == null) {
                    problems.add(where + ": indicatore sconosciuto '" + m.indicatorCode() + "' nel piano " + plan);
                    continue;
                }
                Target target = targets.computeIfAbsent(m.indicatorCode(), k -> new Target(row.get().id(),
                        new IndicatorRef(summary, null, null, indicator), summary));
                try {
                    json[n] = Json.write(m.values());
                    validate(c, plan, m, target, json[n]);
                } catch (ValidationException e) {
                    int number = n + 1;
                    problems.addAll(e.problems().stream().map(p -> "n. " + number + ", " + p).toList());
                    continue;
                }
                codes.add(m.indicatorCode());
                first = first == null || m.date().isBefore(first) ? m.date() : first;
                last = last == null || m.date().isAfter(last) ? m.date() : last;
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
            // without provenance (a generated or typed batch) the last five columns are all null: not sent
            boolean provenance = measurements.stream().anyMatch(m -> m.provenance() != null);
            int columns = provenance ? NEW_COLUMNS.length : BASE_COLUMNS;
            RowsInsert rows = new RowsInsert("measurement", Arrays.copyOf(NEW_COLUMNS, columns),
                    Arrays.copyOf(KINDS, columns));
            for (int n = 0; n < measurements.size(); n++) {
                rows.add(Arrays.copyOf(row(row.get().id(), measurements.get(n), json[n], now, null), columns));
            }
            rows.execute(c, db.dialect());
            Map<String, Object> loaded = new LinkedHashMap<>();
            loaded.put("rilevazioni", measurements.size());
            loaded.put("indicatori", codes.size());
            loaded.put("dal", first);
            loaded.put("al", last);
            JdbcAuditTrail.append(c, AuditEntry.of(who, "rilevazione.carica", "rilevazione", plan, plan.planCode(),
                    null, Json.write(loaded), AuditEntry.Outcome.ACCEPTED, "caricate " + measurements.size()
                            + " rilevazioni di " + codes.size() + " indicatori, dal " + first + " al " + last));
            return measurements.size();
        });
    }

    /** The values of {@link #NEW_COLUMNS} for a measurement. */
    private static Object[] row(long planId, Measurement m, String valuesJson, Timestamp now, Long supersedes) {
        Provenance p = m.provenance();
        return new Object[] {planId, m.indicatorCode(), Date.valueOf(m.date()), valuesJson, blankToNull(m.evidence()),
            blankToNull(m.note()), m.author().strip(), now, supersedes, p == null ? null : p.source(),
            p == null ? null : Limits.cut(p.file(), 255), p == null ? null : p.hash(), p == null ? null : p.row()};
    }

    private static Refused alreadyFed(PlanKey plan, FedFile file, int version) {
        String message = "Il file " + file.fileName() + " (" + file.source() + ") è già stato acquisito nel piano "
                + plan + " con lo stesso contenuto: nessuna rilevazione registrata.";
        AuditEntry entry = AuditEntry.of(file.author().strip(), "file.acquisisce", "file", plan, file.source(), null,
                null, AuditEntry.Outcome.REFUSED, message);
        return new Refused(entry, new ConflictException(message, version, version));
    }

    @Override
    public Optional<FedFile> fedFile(PlanKey plan, String source, String hash) {
        return db.read("lettura dei file acquisiti", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT f.source_id, f.file_name, f.hash, f.author,"
                    + " f.fed_at, f.measurements FROM fed_file f JOIN plan p ON p.id = f.plan_id"
                    + " JOIN ente e ON e.id = p.ente_id WHERE e.code = ? AND p.code = ? AND f.source_id = ?"
                    + " AND f.hash = ?")) {
                ps.setString(1, plan.enteCode());
                ps.setString(2, plan.planCode());
                ps.setString(3, source);
                ps.setString(4, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new FedFile(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getInt(6))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<Measurement> fromFile(PlanKey plan, String source, String fileName) {
        return db.read("lettura delle rilevazioni del file " + fileName, c -> {
            List<Measurement> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + prefixed("m") + " FROM measurement m"
                    + " JOIN plan p ON p.id = m.plan_id JOIN ente e ON e.id = p.ente_id"
                    + " WHERE e.code = ? AND p.code = ? AND m.source_id = ? AND m.source_file = ?"
                    + " AND NOT EXISTS (SELECT 1 FROM measurement s WHERE s.supersedes = m.id)"
                    + " ORDER BY m.measured_on, m.id")) {
                ps.setString(1, plan.enteCode());
                ps.setString(2, plan.planCode());
                ps.setString(3, source);
                ps.setString(4, Limits.cut(fileName, 255));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(measurement(rs));
                    }
                }
            }
            return out;
        });
    }

    private void audit(AuditEntry entry) {
        db.inTransaction("scrittura nel registro delle modifiche", c -> JdbcAuditTrail.append(c, entry));
    }

    /** The measurement being corrected, checked: of this plan and indicator, and not corrected yet. */
    private Measurement corrected(Connection c, Target target, PlanKey plan, long correctedId, Measurement m)
            throws SQLException {
        Measurement corrected = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + prefixed("m") + " FROM measurement m"
                + " WHERE m.id = ? AND m.plan_id = ? AND m.indicator_code = ?")) {
            ps.setLong(1, correctedId);
            ps.setLong(2, target.planId());
            ps.setString(3, m.indicatorCode());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    corrected = measurement(rs);
                }
            }
        }
        if (corrected == null) {
            throw new ValidationException("correzione per " + m.indicatorCode() + ": la rilevazione " + correctedId
                    + " non è una rilevazione dell'indicatore " + m.indicatorCode() + " nel piano " + plan);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM measurement WHERE supersedes = ?")) {
            ps.setLong(1, correctedId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw alreadyCorrected(plan, correctedId, m, target, "la rilevazione " + rs.getLong(1));
                }
            }
        }
        return corrected;
    }

    private static Refused alreadyCorrected(PlanKey plan, long correctedId, Measurement m, Target target, String by) {
        String message = "Conflitto sulla rilevazione " + correctedId + " di " + m.indicatorCode() + " (" + plan
                + "): è già stata corretta da " + by + ". Nessuna modifica applicata: correggere la rilevazione più"
                + " recente.";
        int version = target.indicator().plan().version();
        AuditEntry entry = AuditEntry.of(m.author().strip(), "rilevazione.corregge", "rilevazione", plan,
                m.indicatorCode(), null, Json.write(snapshot(0, m, correctedId)), AuditEntry.Outcome.REFUSED, message);
        return new Refused(entry, new ConflictException(message, version, version));
    }

    private long insert(Connection c, Target target, Measurement m, Long supersedes) throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        RowsInsert one = new RowsInsert("measurement", NEW_COLUMNS, KINDS);
        try (PreparedStatement ps = c.prepareStatement(one.insertSql(), PreparedStatement.RETURN_GENERATED_KEYS)) {
            one.bind(ps, row(target.planId(), m, Json.write(m.values()), Timestamp.from(now), supersedes),
                    db.dialect());
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    /** A measurement as the audit trail shows it. */
    private static Map<String, Object> snapshot(long id, Measurement m, Long supersedes) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (id > 0) {
            out.put("id", id);
        }
        out.put("data", m.date());
        out.put("valori", m.values());
        out.put("evidenza", blankToNull(m.evidence()));
        out.put("nota", blankToNull(m.note()));
        if (supersedes != null) {
            out.put("corregge", supersedes);
        }
        if (m.provenance() != null) {
            out.put("fonte", m.provenance().source());
            out.put("file", m.provenance().file());
            out.put("riga", m.provenance().row());
        }
        return out;
    }

    /** Where a valid measurement goes. */
    private record Target(long planId, IndicatorRef indicator, PlanSummary summary) {
    }

    private Target validate(Connection c, PlanKey plan, Measurement m) throws SQLException {
        return validate(c, plan, m, null);
    }

    /**
     * Checks a measurement and finds where it goes. {@code known} is the target already found for the same indicator
     * in this transaction (a fed file): the plan is then not looked up and locked again.
     */
    private Target validate(Connection c, PlanKey plan, Measurement m, Target known) throws SQLException {
        return validate(c, plan, m, known, Json.write(m.values()));
    }

    /** As above, with the measurement's values already written as JSON. */
    private Target validate(Connection c, PlanKey plan, Measurement m, Target known, String valuesJson)
            throws SQLException {
        List<String> problems = new ArrayList<>();
        String where = "rilevazione per " + m.indicatorCode();
        if (m.author() == null || m.author().isBlank()) {
            problems.add(where + ": autore mancante");
        } else {
            Limits.check(problems, where, "autore", m.author().strip(), Limits.AUTHOR);
        }
        Limits.check(problems, where, "evidenza", m.evidence(), Limits.EVIDENCE);
        Limits.check(problems, where, "nota", m.note(), Limits.NOTE);
        if (m.values().isEmpty()) {
            problems.add(where + ": nessun valore (indicare almeno un nome=valore)");
        }
        Limits.check(problems, where, "valori", valuesJson, Limits.LONG_TEXT);
        Target target = known;
        if (target == null) {
            Optional<JdbcPlanStore.PlanRow> row = JdbcPlanStore.find(c, plan);
            if (row.isEmpty()) {
                problems.add(where + ": piano sconosciuto " + plan);
                throw new ValidationException(problems);
            }
            Optional<IndicatorRef> ref = PlanTreeReader.find(c, plan, m.indicatorCode());
            if (ref.isEmpty()) {
                problems.add(where + ": indicatore sconosciuto '" + m.indicatorCode() + "' nel piano " + plan);
                throw new ValidationException(problems);
            }
            if (!row.get().summary().status().acceptsMeasurements() || !lockOpenPlan(c, row.get().id())) {
                problems.add(where + ": " + LOCKED + " (" + plan + ")");
                throw new ValidationException(problems);
            }
            target = new Target(row.get().id(), ref.get(), row.get().summary());
        }
        PlanSummary s = target.summary();
        LocalDate d = m.date();
        if (d.getYear() < s.startYear() || d.getYear() > s.endYear()) {
            problems.add(where + ": la data " + d + " è fuori dagli anni del piano " + s.startYear() + "-"
                    + s.endYear());
        }
        if (problems.isEmpty() && !m.values().isEmpty()) {
            problems.addAll(types.validate(target.indicator().indicator(), m));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return target;
    }

    /**
     * Locks the plan row for the rest of the transaction, provided the plan is not validated: a status change to
     * {@code validato} then waits for this measurement's commit, and a measurement started after the validation
     * sees it (on PostgreSQL the update re-reads the row once the concurrent change commits). No column changes.
     *
     * @return false when the plan is validated (nothing was locked nor written)
     */
    private static boolean lockOpenPlan(Connection c, long planId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE plan SET version = version WHERE id = ?"
                + " AND status <> ?")) {
            ps.setLong(1, planId);
            ps.setString(2, PlanStatus.VALIDATO.name());
            return ps.executeUpdate() == 1;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public List<Measurement> list(PlanKey plan, String indicatorCode) {
        return db.read("lettura delle rilevazioni di " + indicatorCode, c -> {
            List<Measurement> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + prefixed("m") + " FROM measurement m"
                    + " JOIN plan p ON p.id = m.plan_id JOIN ente e ON e.id = p.ente_id"
                    + " WHERE e.code = ? AND p.code = ? AND m.indicator_code = ? ORDER BY m.measured_on, m.id")) {
                ps.setString(1, plan.enteCode());
                ps.setString(2, plan.planCode());
                ps.setString(3, indicatorCode);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(measurement(rs));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public int count(PlanKey plan) {
        return db.read("conteggio delle rilevazioni", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM measurement m"
                    + " JOIN plan p ON p.id = m.plan_id JOIN ente e ON e.id = p.ente_id"
                    + " WHERE e.code = ? AND p.code = ?")) {
                ps.setString(1, plan.enteCode());
                ps.setString(2, plan.planCode());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /** A snapshot of the plan's measurements that count (none that a later one corrects), read in one query. */
    @Override
    public MeasurementSource source(PlanKey plan) {
        Map<String, List<Measurement>> byCode = db.read("lettura delle rilevazioni del piano " + plan, c -> {
            Map<String, List<Measurement>> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + prefixed("m") + " FROM measurement m"
                    + " JOIN plan p ON p.id = m.plan_id JOIN ente e ON e.id = p.ente_id"
                    + " WHERE e.code = ? AND p.code = ?"
                    + " AND NOT EXISTS (SELECT 1 FROM measurement s WHERE s.supersedes = m.id)"
                    + " ORDER BY m.measured_on, m.id")) {
                ps.setString(1, plan.enteCode());
                ps.setString(2, plan.planCode());
                // the zone once per read, not per row (the JVM's default zone is looked up anew at each call)
                java.time.ZoneId zone = db.dialect() == Dialect.POSTGRESQL ? java.time.ZoneId.systemDefault() : null;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Measurement m = measurement(rs, zone);
                        out.computeIfAbsent(m.indicatorCode(), k -> new ArrayList<>()).add(m);
                    }
                }
            }
            return out;
        });
        return code -> List.copyOf(byCode.getOrDefault(code, List.of()));
    }

    private static String prefixed(String alias) {
        StringBuilder sb = new StringBuilder();
        for (String col : COLUMNS.split(",\\s*")) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(alias).append('.').append(col);
        }
        return sb.toString();
    }

    /**
     * A measurement of a result set of {@link #COLUMNS}. PostgreSQL's driver gives the date and the time of
     * recording as {@code java.time} values, read without a {@code Calendar} (the same instant: the stored wall
     * time in the JVM's zone, as {@code getTimestamp} reads it).
     */
    private Measurement measurement(ResultSet rs) throws SQLException {
        return measurement(rs, db.dialect() == Dialect.POSTGRESQL ? java.time.ZoneId.systemDefault() : null);
    }

    /** As above; {@code zone}: the JVM's zone when the driver gives {@code java.time} values, else null. */
    private static Measurement measurement(ResultSet rs, java.time.ZoneId zone) throws SQLException {
        boolean javaTime = zone != null;
        long corrected = rs.getLong(9);
        Long supersedes = rs.wasNull() ? null : corrected;
        String source = rs.getString(10);
        Provenance provenance = source == null ? null
                : new Provenance(source, rs.getString(11), rs.getString(12), rs.getInt(13));
        LocalDate date = javaTime ? rs.getObject(3, LocalDate.class) : rs.getDate(3).toLocalDate();
        Instant recorded = javaTime ? rs.getObject(8, java.time.LocalDateTime.class)
                .atZone(zone).toInstant() : rs.getTimestamp(8).toInstant();
        return new Measurement(rs.getLong(1), rs.getString(2), date, Json.readValues(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getString(7), recorded, supersedes, provenance);
    }
}
