package it.albero.io.internal;

import java.util.ArrayList;
import java.util.List;

import it.albero.api.io.ImportProblem;

/** The errors and warnings found in one file, in the order found. */
final class Problems {

    private final String file;
    private final List<ImportProblem> errors = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void error(Loc loc, String reason) {
        errors.add(new ImportProblem(file, loc.row(), loc.column(), reason));
    }

    void warning(Loc loc, String reason) {
        warnings.add(new ImportProblem(file, loc.row(), loc.column(), reason));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The errors in row order (problems of the whole file first), in the order found within a row. */
    List<ImportProblem> errors() {
        return byRow(errors);
    }

    /** The warnings in row order, as the errors. */
    List<ImportProblem> warnings() {
        return byRow(warnings);
    }

    private static List<ImportProblem> byRow(List<ImportProblem> problems) {
        List<ImportProblem> sorted = new ArrayList<>(problems);
        sorted.sort(java.util.Comparator.comparingInt(ImportProblem::row));
        return sorted;
    }

    String file() {
        return file;
    }
}
