package it.albero.api.model;

import java.util.Objects;

/**
 * An indicator: the "strumento di verifica", the expected result and the timing, with its typed form.
 *
 * @param code           code unique within the plan, e.g. {@code ENT-03.2}
 * @param instrument     the "Strumento di verifica obj/indicatore" as in the plan
 * @param expectedResult the "Risultato atteso" as in the plan
 * @param timing         the "Tempi", typed
 * @param typeId         id of the indicator type that evaluates it (e.g. {@code rapporto}, {@code entrate.avvisi})
 * @param parameters     the type's parameters (target, deadline, window...)
 * @param weight         weight among its siblings, or {@code null} for equal weights
 * @param review         why a human should look at this row, or {@code null}
 */
public record Indicator(String code, String instrument, String expectedResult, Timing timing, String typeId,
                        Values parameters, Double weight, String review) {
    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(typeId, "typeId");
        Objects.requireNonNull(parameters, "parameters");
        instrument = instrument == null ? "" : instrument;
        expectedResult = expectedResult == null ? "" : expectedResult;
        if (weight != null && (weight < 0 || weight.isNaN())) {
            throw new IllegalArgumentException("peso negativo per " + code);
        }
    }

    /** The module part of the type id: {@code entrate} for {@code entrate.avvisi}, {@code core} for generic types. */
    public String moduleIdOfType() {
        int dot = typeId.indexOf('.');
        return dot < 0 ? "core" : typeId.substring(0, dot);
    }
}
