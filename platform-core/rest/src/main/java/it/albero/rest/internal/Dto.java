package it.albero.rest.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the API reads and writes, as records: Jackson writes them and {@link OpenApi} describes them, so the
 * document is generated from these declarations. Field names are the JSON names.
 */
final class Dto {

    private Dto() {
    }

    record Login(String username, String password) {
    }

    /** {@code enti}: the enti the user is limited to (roles ente-CODE); empty when the user sees every ente. */
    record SessionInfo(String user, List<String> roles, List<String> units, List<String> enti, String csrfToken,
                       long idleTimeoutSeconds) {
    }

    record EnteInfo(String code, String name) {
    }

    record PlanInfo(String ente, String enteName, String code, String title, int startYear, int endYear,
                    int referenceYear, String status, int version, int indicators, Instant savedAt,
                    boolean current) {
    }

    record VersionInfo(int version, String status, String title, Instant savedAt, String author, int indicators) {
    }

    record StatusChange(String status) {
    }

    record TimingInfo(String text, String kind, LocalDate deadline) {
    }

    record FieldInfo(String name, String kind, String label, boolean required, String help, List<String> options,
                     String unit) {
    }

    record IndicatorInfo(String code, String unit, String objective, String instrument, String expectedResult,
                         TimingInfo timing, String type, String typeLabel, boolean typeInstalled,
                         Map<String, Object> parameters, Double weight, String review,
                         List<FieldInfo> measurementSchema, List<FieldInfo> parameterSchema) {
    }

    record ObjectiveInfo(String code, String title, Double weight, Map<String, String> tags, String review,
                         List<IndicatorInfo> indicators, List<ObjectiveInfo> phases) {
    }

    record UnitInfo(String code, String name, String kind, String module, String review,
                    List<ObjectiveInfo> objectives) {
    }

    record Tree(PlanInfo plan, List<UnitInfo> units) {
    }

    /** One node by code: exactly one of unit, objective, indicator is set. */
    record Node(String kind, UnitInfo unit, ObjectiveInfo objective, IndicatorInfo indicator) {
    }

    record MeasurementInfo(long id, String indicator, LocalDate date, Map<String, Object> values, String evidence,
                           String note, String author, Instant recordedAt, Long supersedes, Long supersededBy,
                           boolean current) {
    }

    /**
     * A measurement to record.
     *
     * @param date   {@code 2025-06-30} or {@code 30/06/2025}
     * @param values by the names of the type's measurement schema; numbers as JSON numbers or as Italian texts
     *               ({@code "1.234,5"})
     */
    record NewMeasurement(String date, Map<String, Object> values, String evidence, String note) {
    }

    record ComputedInfo(Double score, String status, String statusLabel, String explanation, boolean atRisk) {
    }

    record OverrideInfo(String code, double score, String note, String author, Instant at) {
    }

    record NodeEvaluationInfo(String kind, String code, String label, double weight, Double score, String status,
                              String statusLabel, String explanation, boolean atRisk, boolean overridden,
                              ComputedInfo computed, OverrideInfo override, List<NodeEvaluationInfo> children) {
    }

    record EvaluationInfo(String ente, String plan, int planVersion, LocalDate asOf, NodeEvaluationInfo root) {
    }

    record FindingInfo(String check, String severity, String severityLabel, String location, String message) {
    }

    record Findings(String ente, String plan, LocalDate asOf, int checks, List<FindingInfo> findings) {
    }

    /**
     * An override to set.
     *
     * @param score the score that counts, in [0,1]
     * @param note  why (mandatory)
     */
    record NewOverride(Double score, String note) {
    }

    record Note(String note) {
    }

    record ImportProblemInfo(String file, int riga, String colonna, String motivo) {
    }

    record ImportResult(String file, String format, boolean ok, boolean dryRun, boolean written, String ente,
                        String plan, int version, int replacedVersion, Map<String, Integer> indicatorsByUnit,
                        List<ImportProblemInfo> errors, List<ImportProblemInfo> warnings,
                        List<Proposal> proposals) {
    }

    /**
     * A type the importer proposed from the text of a row that had none: sure, or to review (with the reason).
     */
    record Proposal(String code, String instrument, String expectedResult, String timing, String type,
                    Map<String, Object> parameters, boolean sure, String review) {
    }

    record ReminderInfo(String indicator, String unit, String instrument, LocalDate deadline, boolean overdue,
                        long days) {
    }

    record Reminders(String ente, String plan, LocalDate asOf, int daysAhead, List<ReminderInfo> reminders) {
    }

    record SourceInfo(String id, String module, String label, List<String> columns) {
    }

    record FeedProblemInfo(String file, int riga, String colonna, String motivo) {
    }

    record FeedResult(String source, String file, String hash, boolean dryRun, boolean ok, boolean written,
                      boolean duplicate, int recorded, int corrected, Map<String, Integer> byIndicator,
                      List<FeedProblemInfo> errors, List<FeedProblemInfo> warnings) {
    }

    record ModuleInfo(String id, String name, String version, String bundle, int types, int checks,
                      List<String> servedUnits) {
    }

    record TypeInfo(String id, String module, String label, String bundle, String version,
                    List<FieldInfo> parameters, List<FieldInfo> measurement) {
    }

    record CheckInfo(String id, String module, String label, String bundle) {
    }

    record AuditInfo(long id, Instant at, String author, String action, String entity, String plan, String code,
                     Object before, Object after, String outcome, String message) {
    }

    record BenchmarkEntryInfo(String ente, String enteName, String plan, String code, Double value, Double score,
                              String status, String statusLabel, Integer rank, boolean own, boolean anonymous) {
    }

    record BenchmarkInfo(String ente, String plan, String subject, String group, int referenceYear, LocalDate asOf,
                         String measure, String unitOfMeasure, boolean lowerIsBetter, int enti, int n, Double min,
                         Double q1, Double median, Double q3, Double max, BenchmarkEntryInfo position,
                         List<BenchmarkEntryInfo> entries, List<BenchmarkEntryInfo> withoutData) {
    }

    record UnitBenchmarkInfo(String ente, String plan, BenchmarkInfo unit, List<BenchmarkInfo> indicators) {
    }
}
