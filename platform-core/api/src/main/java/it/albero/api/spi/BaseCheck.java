package it.albero.api.spi;

import java.util.Objects;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The boilerplate of a check, as {@link BaseIndicatorType} is of a type: its id, module and Italian label. A check
 * implements {@link #check(CheckContext)}.
 *
 * @since 1.3
 */
@ConsumerType
public abstract class BaseCheck implements Check {

    private final String id;
    private final String moduleId;
    private final String label;

    protected BaseCheck(String id, String moduleId, String label) {
        this.id = Objects.requireNonNull(id, "id");
        this.moduleId = Objects.requireNonNull(moduleId, "moduleId");
        this.label = Objects.requireNonNull(label, "label");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String moduleId() {
        return moduleId;
    }

    @Override
    public final String label() {
        return label;
    }
}
