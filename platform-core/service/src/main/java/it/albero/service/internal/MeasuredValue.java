package it.albero.service.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Values;
import it.albero.api.spi.Window;

/**
 * The indicator's own numeric result as of a date, for the generic types whose result is a number that enti can be
 * ranked by: {@code rapporto} (the ratio in %), {@code conteggio} (the count or level), {@code zero-eventi} (the
 * events counted), {@code variazione} (the % change). Other types (milestones, graded deadlines, schedules, sector
 * types) have none: their enti are compared by the score. The reading is the same as the type's evaluation.
 */
final class MeasuredValue {

    /** How the values of an indicator compare: the unit of measure and whether lower is better. */
    record Kind(String unit, boolean lowerIsBetter) {
    }

    private MeasuredValue() {
    }

    /** How the indicator's values compare, or empty when it has no rankable value (compare by score). */
    static Optional<Kind> kind(Indicator indicator) {
        Values p = indicator.parameters();
        String cmp = p.text("confronto").orElse(">=").trim();
        switch (indicator.typeId()) {
            case "rapporto":
                return direction(cmp).map(lower -> new Kind("%", lower));
            case "conteggio":
                return direction(cmp).map(lower -> new Kind("", lower));
            case "zero-eventi":
                return Optional.of(new Kind("eventi", true));
            case "variazione":
                return p.number("variazione").filter(v -> v.signum() != 0)
                        .map(v -> new Kind("%", v.signum() < 0));
            default:
                return Optional.empty();
        }
    }

    /** {@code true} when lower is better, {@code false} when higher is, empty for an exact target ({@code =}). */
    private static Optional<Boolean> direction(String cmp) {
        return switch (cmp) {
            case ">", ">=" -> Optional.of(false);
            case "<", "<=" -> Optional.of(true);
            default -> Optional.empty();
        };
    }

    /**
     * The value as of the date from the indicator's counting measurements (corrections already applied), or
     * {@code null} when there is none yet (or the data cannot give one, e.g. a ratio over zero).
     */
    static Double value(Indicator indicator, List<Measurement> all, LocalDate asOf, int referenceYear) {
        List<Measurement> ms = all.stream().filter(m -> !m.date().isAfter(asOf))
                .sorted((a, b) -> {
                    int c = a.date().compareTo(b.date());
                    return c != 0 ? c : Long.compare(a.id(), b.id());
                }).toList();
        Values p = indicator.parameters();
        try {
            switch (indicator.typeId()) {
                case "rapporto": {
                    if (ms.isEmpty()) {
                        return null;
                    }
                    Values v = ms.get(ms.size() - 1).values();
                    BigDecimal num = v.requireNumber("numeratore");
                    BigDecimal den = v.requireNumber("denominatore");
                    return den.signum() <= 0 || num.signum() < 0 ? null : 100 * num.doubleValue() / den.doubleValue();
                }
                case "conteggio": {
                    Window w = Window.of(p, "finestra").orElse(Window.year(referenceYear));
                    List<Measurement> in = ms.stream().filter(m -> w.contains(m.date())).toList();
                    if (in.isEmpty()) {
                        return null;
                    }
                    if ("ultimo".equals(p.text("aggregazione").orElse("somma"))) {
                        return in.get(in.size() - 1).values().requireNumber("valore").doubleValue();
                    }
                    return in.stream().mapToDouble(m -> m.values().requireNumber("valore").doubleValue()).sum();
                }
                case "zero-eventi": {
                    Optional<Window> w = Window.of(p, "finestra");
                    if (w.isEmpty() || asOf.isBefore(w.get().from())) {
                        return null;
                    }
                    // as the type reads it: an event not recorded did not happen
                    return ms.stream().filter(m -> w.get().contains(m.date()))
                            .mapToDouble(m -> m.values().requireNumber("valore").doubleValue()).sum();
                }
                case "variazione": {
                    if (ms.isEmpty()) {
                        return null;
                    }
                    Optional<BigDecimal> base = p.number("base");
                    for (int i = ms.size() - 1; base.isEmpty() && i >= 0; i--) {
                        base = ms.get(i).values().number("base");
                    }
                    if (base.isEmpty() || base.get().signum() <= 0) {
                        return null;
                    }
                    double value = ms.get(ms.size() - 1).values().requireNumber("valore").doubleValue();
                    return 100 * (value - base.get().doubleValue()) / base.get().doubleValue();
                }
                default:
                    return null;
            }
        } catch (RuntimeException e) {
            // values the type itself would refuse (evaluated as "errore"): no value to compare
            return null;
        }
    }
}
