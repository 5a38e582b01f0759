package it.albero.sector.relazionicittadino.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;

/**
 * The requests of citizens (or councillors' questions) and their answers: each measurement is a request, dated its
 * receipt, with the answer's date once given; a later measurement of the same request replaces it. The legal term is
 * {@code giorni} days from the receipt (30 by default: art. 2 L. 241/1990; art. 43 D.Lgs. 267/2000 for the questions
 * of councillors).
 */
final class Answers {

    /** A request: its receipt, its answer if given, the days it took or has been waiting. */
    record Request(String name, LocalDate received, Optional<LocalDate> answered, long term) {
        LocalDate due() {
            return received.plusDays(term);
        }

        long days(LocalDate asOf) {
            return ChronoUnit.DAYS.between(received, answered.orElse(asOf));
        }

        boolean inTime() {
            return answered.isPresent() && !answered.get().isAfter(due());
        }

        /** Answered, or waiting past its term. */
        boolean isDue(LocalDate asOf) {
            return answered.isPresent() || asOf.isAfter(due());
        }
    }

    private Answers() {
    }

    static long term(Indicator i) {
        return i.parameters().number("giorni").map(BigDecimal::longValue).orElse(30L);
    }

    static List<Request> of(Indicator i, List<Measurement> ms) {
        long term = term(i);
        Map<String, Request> out = new LinkedHashMap<>();
        for (Measurement m : ms) {
            String name = m.values().requireText("richiesta").trim();
            LocalDate received = out.containsKey(name) ? out.get(name).received() : m.date();
            out.put(name, new Request(name, received, m.values().date("risposta"), term));
        }
        return List.copyOf(out.values());
    }
}
