package it.albero.console.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import it.albero.api.model.Ente;
import it.albero.api.model.Plan;
import it.albero.api.service.Caller;
import it.albero.api.service.NotFoundException;
import it.albero.api.service.PlanService;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;
import it.albero.api.store.PlanSummary;
import it.albero.api.text.ItalianDates;

/** How commands find the plan they work on and read their common arguments. */
final class Plans {

    private Plans() {
    }

    /**
     * The plan a command works on, among those the caller sees: {@code name} as {@code ente/CODICE} or
     * {@code CODICE} (within {@code ente} when given); with no name, the current plan of {@code ente}, or of the
     * only ente the caller sees. More than one ente and nothing to choose is an error that says what to add.
     *
     * @param ente the {@code --ente} option, or null
     * @param name the {@code --plan} option, or null
     */
    static PlanSummary summary(PlanService service, Caller caller, String ente, String name) {
        if (name != null) {
            String[] parts = name.split("/", 2);
            if (parts.length == 2) {
                if (ente != null && !ente.equals(parts[0])) {
                    throw new CommandError("--ente " + ente + " e --plan " + name + " indicano enti diversi:"
                            + " usarne uno.");
                }
                try {
                    return service.plan(caller, new PlanKey(parts[0], parts[1]));
                } catch (NotFoundException e) {
                    throw new CommandError("Piano '" + name + "' non trovato (albero:plans li elenca).");
                }
            }
            List<PlanSummary> found = service.plans(caller).stream().filter(p -> p.code().equals(name)
                    && (ente == null || p.ente().code().equals(ente))).toList();
            if (found.isEmpty()) {
                throw new CommandError("Piano '" + name + "' non trovato" + (ente == null ? "" : " nell'ente " + ente)
                        + " (albero:plans li elenca).");
            }
            if (found.size() > 1) {
                throw new CommandError("Piano '" + name + "' presente in più enti ("
                        + found.stream().map(p -> p.ente().code()).collect(Collectors.joining(", "))
                        + "): indicare --ente CODICE o --plan ente/" + name + ".");
            }
            return found.get(0);
        }
        if (ente != null) {
            return service.current(caller, ente).orElseThrow(() -> new CommandError("Ente '" + ente
                    + "' non trovato o senza piani (albero:plans elenca i piani)."));
        }
        List<Ente> enti = service.enti(caller);
        if (enti.size() > 1) {
            String some = enti.stream().limit(5).map(Ente::code).collect(Collectors.joining(", "))
                    + (enti.size() > 5 ? ", ... (" + enti.size() + " in tutto)" : "");
            throw new CommandError("Più enti (" + some + "): indicare --ente CODICE o --plan ente/CODICE"
                    + " (albero:plans elenca i piani).");
        }
        return service.current(caller).orElseThrow(() -> new CommandError(
                "Nessun piano nell'archivio: importarne uno con albero:import <file>."));
    }

    static Plan load(PlanStore store, PlanSummary summary) {
        return store.load(summary.key()).orElseThrow(() -> new CommandError(
                "Piano " + summary.key() + " non leggibile."));
    }

    /**
     * Reads a date written {@code 31/12/2025} or {@code 2025-12-31} ({@link ItalianDates}); {@code null} when the
     * text is absent.
     */
    static LocalDate date(String text, String what) {
        if (text == null) {
            return null;
        }
        try {
            return ItalianDates.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandError(what + ": " + e.getMessage() + ".");
        }
    }

    /** A percentage for a score in [0,1], or a dash. */
    static String score(Double score) {
        return score == null ? "-" : Math.round(score * 100) + "%";
    }

    /** Shortens a text to one line of at most {@code max} characters. */
    static String shorten(String text, int max) {
        String one = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
