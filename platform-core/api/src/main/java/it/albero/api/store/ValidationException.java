package it.albero.api.store;

import java.util.List;

/**
 * Bad input (unknown code, wrong value for the type, date outside the plan): nothing was written.
 * The message is one Italian line; {@link #problems()} lists each problem.
 */
public class ValidationException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ValidationException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public ValidationException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
