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

    List<ImportProblem> errors() {
        return errors;
    }

    List<ImportProblem> warnings() {
        return warnings;
    }

    String file() {
        return file;
    }
}
