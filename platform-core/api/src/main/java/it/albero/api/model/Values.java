package it.albero.api.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import it.albero.api.text.ItalianDates;
import it.albero.api.text.ItalianNumbers;

/**
 * An immutable, ordered set of named values: the parameters of an indicator or the values of a measurement.
 * <p>
 * A value is a {@link String}, a {@link BigDecimal}, a {@link LocalDate}, a {@link Boolean}, a list of values
 * or a nested {@link Values}. Numbers of any other class are converted to {@link BigDecimal}; maps become
 * nested {@code Values}. The typed getters also read a text written the Italian way ({@code "1.234,5"},
 * {@code "31/12/2025"}) with {@link ItalianNumbers} and {@link ItalianDates}, and fail with an Italian message that
 * names the field.
 */
public final class Values {

    private static final Values EMPTY = new Values(Map.of());

    private final Map<String, Object> map;

    private Values(Map<String, Object> map) {
        this.map = map;
    }

    public static Values empty() {
        return EMPTY;
    }

    /** Copies a map, normalising its values; null values are dropped. */
    public static Values of(Map<String, ?> source) {
        if (source == null || source.isEmpty()) {
            return EMPTY;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        source.forEach((k, v) -> {
            Objects.requireNonNull(k, "nome del valore");
            if (v != null) {
                copy.put(k, normalise(v));
            }
        });
        return new Values(Collections.unmodifiableMap(copy));
    }

    /** Builds from alternating names and values: {@code Values.of("target", 70)}. */
    public static Values of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("nomi e valori devono essere in coppia");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return of(m);
    }

    private static Object normalise(Object v) {
        if (v instanceof BigDecimal || v instanceof String || v instanceof LocalDate || v instanceof Boolean
                || v instanceof Values) {
            return v;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (v instanceof java.util.Date d) {
            return new java.sql.Date(d.getTime()).toLocalDate();
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> sub = new LinkedHashMap<>();
            m.forEach((k, x) -> sub.put(String.valueOf(k), x));
            return of(sub);
        }
        if (v instanceof List<?> l) {
            List<Object> items = new ArrayList<>(l.size());
            for (Object o : l) {
                if (o != null) {
                    items.add(normalise(o));
                }
            }
            return Collections.unmodifiableList(items);
        }
        throw new IllegalArgumentException("tipo di valore non ammesso: " + v.getClass().getSimpleName());
    }

    public Set<String> names() {
        return map.keySet();
    }

    public boolean has(String name) {
        return map.containsKey(name);
    }

    public boolean isEmpty() {
        return map.isEmpty();
    }

    /** The raw value, if present. */
    public Optional<Object> get(String name) {
        return Optional.ofNullable(map.get(name));
    }

    /** A read-only view of the values. */
    public Map<String, Object> asMap() {
        return map;
    }

    /** A copy with one more (or one replaced) value. */
    public Values with(String name, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(map);
        m.put(name, value);
        return of(m);
    }

    public Optional<BigDecimal> number(String name) {
        Object v = map.get(name);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof BigDecimal b) {
            return Optional.of(b);
        }
        if (v instanceof String s) {
            try {
                return Optional.of(ItalianNumbers.parse(s));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + name + "' deve essere un numero: " + e.getMessage());
            }
        }
        throw new IllegalArgumentException("'" + name + "' deve essere un numero");
    }

    public BigDecimal requireNumber(String name) {
        return number(name).orElseThrow(() -> missing(name));
    }

    public Optional<LocalDate> date(String name) {
        Object v = map.get(name);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof LocalDate d) {
            return Optional.of(d);
        }
        if (v instanceof String s) {
            try {
                return Optional.of(ItalianDates.parse(s));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + name + "' deve essere una data: " + e.getMessage());
            }
        }
        throw new IllegalArgumentException("'" + name + "' deve essere una data (gg/mm/aaaa o aaaa-mm-gg)");
    }

    public LocalDate requireDate(String name) {
        return date(name).orElseThrow(() -> missing(name));
    }

    public Optional<String> text(String name) {
        Object v = map.get(name);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof BigDecimal b) {
            return Optional.of(b.toPlainString());
        }
        return Optional.of(v.toString());
    }

    public String requireText(String name) {
        return text(name).filter(s -> !s.isBlank()).orElseThrow(() -> missing(name));
    }

    public Optional<Values> values(String name) {
        Object v = map.get(name);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Values vs) {
            return Optional.of(vs);
        }
        throw new IllegalArgumentException("'" + name + "' deve essere una struttura con campi");
    }

    /** A list value; a single value is read as a list of one. */
    public List<Object> list(String name) {
        Object v = map.get(name);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return Collections.unmodifiableList(l);
        }
        return List.of(v);
    }

    /** A list whose items are structures (e.g. the phases of a schedule). */
    public List<Values> valuesList(String name) {
        List<Values> out = new ArrayList<>();
        for (Object o : list(name)) {
            if (!(o instanceof Values vs)) {
                throw new IllegalArgumentException("'" + name + "' deve essere un elenco di strutture");
            }
            out.add(vs);
        }
        return out;
    }

    private static IllegalArgumentException missing(String name) {
        return new IllegalArgumentException("manca il valore '" + name + "'");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Values v && map.equals(v.map);
    }

    @Override
    public int hashCode() {
        return map.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        map.forEach((k, v) -> {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(k).append('=').append(v instanceof BigDecimal b ? b.toPlainString() : v);
        });
        return sb.toString();
    }
}
