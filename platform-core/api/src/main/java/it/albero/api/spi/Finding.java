package it.albero.api.spi;

import java.util.Objects;

/**
 * What a check found.
 *
 * @param checkId  the check that found it
 * @param severity how serious it is
 * @param location the code of the node it is about (unit, objective or indicator), or the plan code
 * @param message  an Italian sentence that says what and why
 */
public record Finding(String checkId, Severity severity, String location, String message) {
    public Finding {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }
}
