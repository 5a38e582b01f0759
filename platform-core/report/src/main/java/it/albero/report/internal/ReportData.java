package it.albero.report.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import it.albero.api.model.Ente;
import it.albero.api.model.Evaluation;
import it.albero.api.model.PlanStatus;
import it.albero.api.model.Status;
import it.albero.api.report.ReportKind;
import it.albero.api.spi.Finding;
import it.albero.api.spi.Severity;

/**
 * The content of a report, taken from one evaluation snapshot: every writer (PDF, XLSX, CSV, the public page) reads
 * only this, so the numbers of one request agree in every format.
 *
 * @param kind          which document
 * @param ente          the administration
 * @param planCode      the plan's code
 * @param planTitle     the plan's title
 * @param referenceYear the year reported on
 * @param status        the plan's status at {@code version}
 * @param version       the plan version the snapshot read
 * @param asOf          the date of the evaluation
 * @param generatedAt   when the snapshot was taken
 * @param unitCode      the unit the report is limited to, or {@code null}
 * @param total         the evaluation of the whole (the ente, or the one unit)
 * @param units         the units, in plan order
 * @param overrides     the overrides in force on the nodes of the report
 * @param findings      the checks' findings (all severities), most serious first
 * @param measurements  the measurements that count (corrections applied), dated up to {@code asOf}
 */
record ReportData(ReportKind kind, Ente ente, String planCode, String planTitle, int referenceYear,
                  PlanStatus status, int version, LocalDate asOf, Instant generatedAt, String unitCode,
                  Evaluation total, List<UnitRow> units, List<OverrideRow> overrides, List<Finding> findings,
                  List<MeasurementRow> measurements) {

    /** How far ahead the monitoring lists the deadlines. */
    static final int DAYS_AHEAD = 90;

    /** A unit with its objectives (phases flattened after their objective). */
    record UnitRow(String code, String name, Evaluation evaluation, boolean overridden, List<ObjectiveRow> objectives) {

        /** The indicators of the unit, in plan order. */
        List<IndicatorRow> indicators() {
            return objectives.stream().flatMap(o -> o.indicators().stream()).toList();
        }
    }

    /**
     * An objective or a phase of one.
     *
     * @param depth    0 for an objective, 1 for its phases, and so on
     * @param computed what the engine computed (differs from {@code evaluation} when overridden)
     */
    record ObjectiveRow(String code, String title, int depth, Evaluation evaluation, boolean overridden,
                        Evaluation computed, List<IndicatorRow> indicators) {
    }

    /**
     * An indicator with what the plan expects and what was measured.
     *
     * @param deadline     the deadline of its Tempi, or {@code null}
     * @param measured     the values of the latest measurement up to the as-of date, as text, or empty
     * @param lastMeasured the date of that measurement, or {@code null}
     * @param computed     what the engine computed (differs from {@code evaluation} when overridden)
     */
    record IndicatorRow(String unitCode, String unitName, String objectiveCode, String objectiveTitle, String code,
                        String instrument, String expectedResult, String timing, LocalDate deadline,
                        String measured, LocalDate lastMeasured, Evaluation evaluation, boolean overridden,
                        Evaluation computed) {

        /** Not reached: the scostamenti of the Relazione. */
        boolean shortfall() {
            return evaluation.status() == Status.NON_RAGGIUNTO || evaluation.status() == Status.PARZIALMENTE_RAGGIUNTO;
        }

        /** Due within {@link #DAYS_AHEAD} days after {@code asOf} and not yet final. */
        boolean dueSoon(LocalDate asOf) {
            return deadline != null && deadline.isAfter(asOf) && !deadline.isAfter(asOf.plusDays(DAYS_AHEAD))
                    && !evaluation.status().isFinal();
        }
    }

    /**
     * An override in force: who, when, why (never shown on the public page nor in the open data).
     *
     * @param kind the node's level in Italian: unità, obiettivo, indicatore
     */
    record OverrideRow(String code, String kind, String label, Double computed, double score, String author,
                       Instant at, String note) {
    }

    /** A measurement that counts, with its evidence. */
    record MeasurementRow(long id, String unitCode, String indicatorCode, LocalDate date, String values,
                          String evidence, Long supersedes) {
    }

    /** Every indicator of the report, in plan order. */
    List<IndicatorRow> indicators() {
        return units.stream().flatMap(u -> u.indicators().stream()).toList();
    }

    /** How many indicators in each status, in the order of {@link Status}, zeros included. */
    Map<Status, Integer> distribution() {
        Map<Status, Integer> counts = new java.util.EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0);
        }
        indicators().forEach(i -> counts.merge(i.evaluation().status(), 1, Integer::sum));
        return counts;
    }

    /** The indicators not reached (scostamenti). */
    List<IndicatorRow> shortfalls() {
        return indicators().stream().filter(IndicatorRow::shortfall).toList();
    }

    /** The indicators at risk of missing their target. */
    List<IndicatorRow> atRisk() {
        return indicators().stream().filter(i -> i.evaluation().atRisk()).toList();
    }

    /** The indicators due within {@link #DAYS_AHEAD} days, not yet final, soonest first. */
    List<IndicatorRow> deadlinesAhead() {
        return indicators().stream().filter(i -> i.dueSoon(asOf))
                .sorted(java.util.Comparator.comparing(IndicatorRow::deadline)).toList();
    }

    /** The findings that are not mere information. */
    List<Finding> openFindings() {
        return findings.stream().filter(f -> f.severity() != Severity.INFO).toList();
    }

    /** The title with the year: "Relazione sulla performance 2025". */
    String title() {
        return kind.title() + " " + referenceYear;
    }
}
