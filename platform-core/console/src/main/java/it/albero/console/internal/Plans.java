package it.albero.console.internal;

import java.time.LocalDate;

import it.albero.api.model.Plan;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;
import it.albero.api.store.PlanSummary;
import it.albero.api.text.ItalianDates;

/** How commands find the plan they work on and read their common arguments. */
final class Plans {

    private Plans() {
    }

    /** The plan named {@code ente/code}, or the current one when {@code name} is null. */
    static PlanSummary summary(PlanStore store, String name) {
        if (name == null) {
            return store.current().orElseThrow(() -> new CommandError(
                    "Nessun piano nell'archivio: importarne uno con albero:import <file>."));
        }
        String[] parts = name.split("/", 2);
        PlanKey key;
        if (parts.length == 2) {
            key = new PlanKey(parts[0], parts[1]);
        } else {
            key = store.plans().stream().filter(p -> p.code().equals(name)).map(PlanSummary::key).findFirst()
                    .orElseThrow(() -> new CommandError("Piano '" + name + "' non trovato (albero:plans li elenca)."));
        }
        return store.summary(key).orElseThrow(() -> new CommandError(
                "Piano '" + name + "' non trovato (albero:plans li elenca)."));
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
