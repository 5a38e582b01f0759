package it.albero.store.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import it.albero.api.model.Timing;

/**
 * Timing to and from the JSON text kept in {@code indicator.timing}. Each field has one kind: the text and the
 * event of a relative deadline stay texts even when they look like dates.
 */
final class TimingCodec {

    private TimingCodec() {
    }

    static String write(Timing t) {
        return Json.writeFlat(fields(t));
    }

    /** The fields of a timing, in the order they are written. */
    static Map<String, Object> fields(Timing t) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (t instanceof Timing.Period p) {
            m.put("forma", "periodo");
            m.put("periodo", p.kind().name());
            m.put("indice", p.index());
            m.put("anno", p.year());
        } else if (t instanceof Timing.ByDate d) {
            m.put("forma", "data");
            m.put("data", d.date());
        } else if (t instanceof Timing.Relative r) {
            m.put("forma", "relativa");
            m.put("giorni", r.days());
            m.put("evento", r.trigger());
        } else if (t instanceof Timing.Recurring r) {
            m.put("forma", "ricorrente");
            m.put("frequenza", r.frequency().name());
            m.put("volte", r.timesPerYear());
            m.put("anno", r.year());
        } else {
            m.put("forma", "testo");
        }
        m.put("testo", t.text());
        return m;
    }

    /** Reads a timing from the text of {@code indicator.timing} (streamed: every plan read has one per indicator). */
    static Timing read(String json) {
        return read(Json.flatObject(json, "tempi"));
    }

    /** Reads a timing from its JSON object as embedded in the plan history. */
    static Timing read(JsonNode m) {
        return read(Json.flatObject(m, "tempi"));
    }

    /** The one reading of a timing's fields, whichever way they were parsed. */
    private static Timing read(Map<String, Object> m) {
        Object t = m.get("testo");
        String text = t == null ? "" : t.toString();
        return switch (Objects.toString(m.get("forma"), "")) {
            case "periodo" -> new Timing.Period(text, Timing.PeriodKind.valueOf(Objects.toString(m.get("periodo"))),
                    integer(m, "indice"), integer(m, "anno"));
            case "data" -> new Timing.ByDate(text, LocalDate.parse(Objects.toString(m.get("data"))));
            case "relativa" -> new Timing.Relative(text, integer(m, "giorni"),
                    m.get("evento") == null ? null : m.get("evento").toString());
            case "ricorrente" -> new Timing.Recurring(text,
                    Timing.Frequency.valueOf(Objects.toString(m.get("frequenza"))), integer(m, "volte"),
                    integer(m, "anno"));
            default -> new Timing.Unspecified(text);
        };
    }

    private static int integer(Map<String, Object> m, String key) {
        if (!(m.get(key) instanceof Integer n)) {
            throw new IllegalArgumentException("tempi illeggibili: '" + key + "' non è un numero intero");
        }
        return n;
    }
}
