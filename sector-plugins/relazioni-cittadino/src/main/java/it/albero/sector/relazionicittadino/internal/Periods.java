package it.albero.sector.relazionicittadino.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import it.albero.api.model.Measurement;
import it.albero.api.spi.Window;

/**
 * The periods of a recurring publication within its window: weeks from Monday to Sunday, half months (1-15 and
 * 16-end: "ogni 15 giorni"), months; the first and last are cut at the window's ends. A period is covered when a
 * publication falls in it.
 */
final class Periods {

    static final List<String> FREQUENCIES = List.of("settimanale", "quindicinale", "mensile");

    private Periods() {
    }

    /** The periods of the window, in order. */
    static List<Window> of(Window w, String frequency) {
        List<Window> out = new ArrayList<>();
        LocalDate start = w.from();
        while (!start.isAfter(w.to())) {
            LocalDate end = switch (frequency) {
                case "settimanale" -> start.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
                case "quindicinale" -> start.getDayOfMonth() <= 15 ? start.withDayOfMonth(15)
                        : start.with(TemporalAdjusters.lastDayOfMonth());
                case "mensile" -> start.with(TemporalAdjusters.lastDayOfMonth());
                default -> throw new IllegalArgumentException("periodicità '" + frequency + "' sconosciuta (ammesse: "
                        + String.join(", ", FREQUENCIES) + ")");
            };
            if (end.isAfter(w.to())) {
                end = w.to();
            }
            out.add(new Window(start, end));
            start = end.plusDays(1);
        }
        return out;
    }

    /** The periods ended by a date, and the current one when it is already covered. */
    static List<Window> due(List<Window> periods, List<Measurement> ms, LocalDate asOf) {
        return periods.stream().filter(p -> p.to().isBefore(asOf) || (p.contains(asOf) && covered(p, ms))).toList();
    }

    static boolean covered(Window p, List<Measurement> ms) {
        return ms.stream().anyMatch(m -> p.contains(m.date()));
    }

    /** The runs of consecutive periods without a publication, each as a window from the first to the last. */
    static List<Window> gaps(List<Window> due, List<Measurement> ms, List<Integer> lengths) {
        List<Window> out = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;
        int n = 0;
        for (Window p : due) {
            if (covered(p, ms)) {
                if (from != null) {
                    out.add(new Window(from, to));
                    lengths.add(n);
                }
                from = null;
                n = 0;
            } else {
                from = from == null ? p.from() : from;
                to = p.to();
                n++;
            }
        }
        if (from != null) {
            out.add(new Window(from, to));
            lengths.add(n);
        }
        return out;
    }
}
