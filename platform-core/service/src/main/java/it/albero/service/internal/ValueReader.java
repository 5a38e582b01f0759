package it.albero.service.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import it.albero.api.model.Values;
import it.albero.api.spi.Field;
import it.albero.api.spi.Schema;
import it.albero.api.service.InvalidValuesException;
import it.albero.api.text.ItalianDates;
import it.albero.api.text.ItalianNumbers;

/**
 * Types the values of a measurement as sent (texts from the console or a form, JSON numbers from a program) by the
 * fields of the type's schema, with the Italian rules of {@code it.albero.api.text}. Without a schema (the type is
 * not installed) a text is typed by its look: a number, a date, or text.
 */
final class ValueReader {

    private ValueReader() {
    }

    static Values read(Map<String, ?> raw, Optional<Schema> schema) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        raw.forEach((name, value) -> {
            if (value == null || value instanceof String s && s.isBlank()) {
                return;
            }
            Optional<Field.Kind> kind = schema.flatMap(s -> s.field(name)).map(Field::kind);
            try {
                out.put(name, typed(value, kind.orElse(null)));
            } catch (IllegalArgumentException e) {
                problems.put(name, e.getMessage());
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidValuesException(problems);
        }
        return Values.of(out);
    }

    private static Object typed(Object value, Field.Kind kind) {
        if (!(value instanceof String text)) {
            if (kind == Field.Kind.DATA && !(value instanceof LocalDate)) {
                throw new IllegalArgumentException("deve essere una data (gg/mm/aaaa o aaaa-mm-gg)");
            }
            if ((kind == Field.Kind.NUMERO || kind == Field.Kind.INTERO || kind == Field.Kind.PERCENTUALE)
                    && !(value instanceof Number)) {
                throw new IllegalArgumentException("deve essere un numero");
            }
            return value;
        }
        String t = text.strip();
        if (kind == null) {
            if (ItalianNumbers.isNumber(t)) {
                return ItalianNumbers.parse(t);
            }
            return ItalianDates.isDate(t) ? ItalianDates.parse(t) : t;
        }
        return switch (kind) {
            case NUMERO, INTERO, PERCENTUALE -> number(t);
            case DATA -> ItalianDates.parse(t);
            default -> t;
        };
    }

    private static BigDecimal number(String t) {
        String digits = t.endsWith("%") ? t.substring(0, t.length() - 1).strip() : t;
        return ItalianNumbers.parse(digits);
    }

    /** The schema's problems for the values, by field name, from the messages of {@link Schema#validate}. */
    static Map<String, String> byField(List<String> messages, Schema schema, String where) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String m : messages) {
            String text = m.startsWith(where + ": ") ? m.substring(where.length() + 2) : m;
            String field = schema.fields().stream().map(Field::name)
                    .filter(n -> text.contains("'" + n + "'")).findFirst().orElse("");
            out.merge(field, text, (a, b) -> a + "; " + b);
        }
        return out;
    }
}
