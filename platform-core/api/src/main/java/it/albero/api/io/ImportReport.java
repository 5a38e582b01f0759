package it.albero.api.io;

import java.util.List;
import java.util.Map;

import it.albero.api.model.Plan;

/**
 * The outcome of an import (or of a dry run): all or nothing.
 *
 * @param file               the file name as given
 * @param format             the format it was read as
 * @param plan               the plan read, or {@code null} when the file has errors
 * @param errors             every error; when there is one, nothing was written
 * @param warnings           what does not stop the import (e.g. a type whose module is not installed)
 * @param dryRun             whether it was a dry run (nothing is ever written then)
 * @param written            whether the plan was stored
 * @param version            the stored version after the import, or 0 when nothing was written
 * @param replacedVersion    the version of the same plan that the import replaces (or would replace), or 0
 * @param indicatorsByUnit   number of indicators per unit code, in plan order
 * @param proposed           codes of the indicators whose type and parameters the importer proposed from the text
 *                           (the file left Tipo empty), in plan order; each is sure when its {@code review} is
 *                           {@code null}, to review otherwise (since 1.1)
 */
public record ImportReport(String file, PlanFormat format, Plan plan, List<ImportProblem> errors,
                           List<ImportProblem> warnings, boolean dryRun, boolean written, int version,
                           int replacedVersion, Map<String, Integer> indicatorsByUnit, List<String> proposed) {

    public ImportReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        indicatorsByUnit = indicatorsByUnit == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(indicatorsByUnit));
        proposed = proposed == null ? List.of() : List.copyOf(proposed);
    }

    /** A report without proposals, as before 1.1. */
    public ImportReport(String file, PlanFormat format, Plan plan, List<ImportProblem> errors,
                        List<ImportProblem> warnings, boolean dryRun, boolean written, int version,
                        int replacedVersion, Map<String, Integer> indicatorsByUnit) {
        this(file, format, plan, errors, warnings, dryRun, written, version, replacedVersion, indicatorsByUnit,
                List.of());
    }

    /** Whether the file has no errors. */
    public boolean ok() {
        return errors.isEmpty();
    }
}
