package it.albero.store.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import it.albero.api.model.Timing;

/** Timing to and from the JSON text kept in {@code indicator.timing}. */
final class TimingCodec {

    private TimingCodec() {
    }

    static String write(Timing t) {
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
        return Json.write(m);
    }

    static Timing read(String json) {
        Map<?, ?> m = (Map<?, ?>) Json.read(json);
        String text = m.get("testo") == null ? "" : m.get("testo").toString();
        String form = String.valueOf(m.get("forma"));
        return switch (form) {
            case "periodo" -> new Timing.Period(text, Timing.PeriodKind.valueOf((String) m.get("periodo")),
                    integer(m, "indice"), integer(m, "anno"));
            case "data" -> new Timing.ByDate(text, date(m.get("data")));
            case "relativa" -> new Timing.Relative(text, integer(m, "giorni"), (String) m.get("evento"));
            case "ricorrente" -> new Timing.Recurring(text, Timing.Frequency.valueOf((String) m.get("frequenza")),
                    integer(m, "volte"), integer(m, "anno"));
            default -> new Timing.Unspecified(text);
        };
    }

    private static int integer(Map<?, ?> m, String key) {
        return ((BigDecimal) m.get(key)).intValueExact();
    }

    private static LocalDate date(Object v) {
        return v instanceof LocalDate d ? d : LocalDate.parse(String.valueOf(v));
    }
}
