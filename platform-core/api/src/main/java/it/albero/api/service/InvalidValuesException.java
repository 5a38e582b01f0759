package it.albero.api.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import it.albero.api.store.ValidationException;

/**
 * Values that do not fit the indicator type's schema or validation: one Italian message per field. Nothing was
 * written.
 */
public class InvalidValuesException extends ValidationException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> fields;

    /** @param fields by field name (the name {@code ""} for a problem of no one field) */
    public InvalidValuesException(Map<String, String> fields) {
        super(messages(fields));
        this.fields = Map.copyOf(fields);
    }

    /** The problems by field name. */
    public Map<String, String> fields() {
        return fields;
    }

    private static List<String> messages(Map<String, String> fields) {
        List<String> out = new ArrayList<>();
        fields.forEach((k, v) -> out.add(k.isEmpty() ? v : k + ": " + v));
        return out.isEmpty() ? List.of("valori non validi") : out;
    }
}
