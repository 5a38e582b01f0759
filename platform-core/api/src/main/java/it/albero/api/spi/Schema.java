package it.albero.api.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import it.albero.api.model.Values;

/** The fields of an indicator type's parameters or measurements. */
public record Schema(List<Field> fields) {

    public Schema {
        fields = List.copyOf(fields);
    }

    public static Schema of(Field... fields) {
        return new Schema(List.of(fields));
    }

    public Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /**
     * Checks values against the schema: required fields present, no unknown names, values of the right kind.
     *
     * @param where prefix of each message, e.g. the indicator code
     * @return Italian messages, empty when the values fit
     */
    public List<String> validate(Values values, String where) {
        List<String> problems = new ArrayList<>();
        for (Field f : fields) {
            if (f.required() && !values.has(f.name())) {
                problems.add(where + ": manca '" + f.name() + "' (" + f.label() + ")");
            }
        }
        for (String name : values.names()) {
            Optional<Field> f = field(name);
            if (f.isEmpty()) {
                problems.add(where + ": campo sconosciuto '" + name + "' (ammessi: " + names() + ")");
                continue;
            }
            try {
                checkKind(f.get(), values);
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
            }
        }
        return problems;
    }

    private static void checkKind(Field f, Values values) {
        switch (f.kind()) {
            case NUMERO -> values.number(f.name());
            case INTERO -> {
                var n = values.number(f.name()).orElseThrow();
                if (n.stripTrailingZeros().scale() > 0) {
                    throw new IllegalArgumentException("'" + f.name() + "' deve essere un numero intero, non " + n);
                }
            }
            case PERCENTUALE -> {
                var n = values.number(f.name()).orElseThrow();
                if (n.signum() < 0) {
                    throw new IllegalArgumentException("'" + f.name() + "' non può essere negativo");
                }
            }
            case DATA -> values.date(f.name());
            case SCELTA -> {
                String v = values.text(f.name()).orElse("");
                if (!f.options().contains(v)) {
                    throw new IllegalArgumentException("'" + f.name() + "' deve essere uno tra " + f.options()
                            + ", non '" + v + "'");
                }
            }
            case FINESTRA -> {
                Values w = values.values(f.name()).orElseThrow();
                var from = w.requireDate("da");
                var to = w.requireDate("a");
                if (to.isBefore(from)) {
                    throw new IllegalArgumentException("'" + f.name() + "': la fine " + to + " precede l'inizio " + from);
                }
            }
            case ELENCO -> values.valuesList(f.name());
            case TESTO -> { }
        }
    }

    private List<String> names() {
        return fields.stream().map(Field::name).toList();
    }
}
