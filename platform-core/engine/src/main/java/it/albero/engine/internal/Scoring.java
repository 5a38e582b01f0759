package it.albero.engine.internal;

import java.util.ArrayList;
import java.util.List;

import it.albero.api.model.Status;
import it.albero.api.spi.ScoringPolicy;
import it.albero.api.spi.StandardScoring;

/**
 * The scoring policy read from {@link EngineConfig}: the API's {@link StandardScoring} (linear with cap, or bands),
 * the one policy class that the engine and the tests of types share, plus how the roll-up treats missing data.
 * Immutable.
 */
final class Scoring implements ScoringPolicy {

    private final StandardScoring policy;
    private final boolean missingAsZero;

    Scoring(EngineConfig config) {
        this(config.scoring_mode(), config.scoring_bands(), config.partial_threshold(), config.missing_data());
    }

    Scoring(String mode, String bandsText, double partialPercent, String missingData) {
        if (partialPercent < 0 || partialPercent > 100) {
            throw new IllegalArgumentException("it.albero.engine: partial.threshold " + partialPercent
                    + " fuori da 0-100");
        }
        double partial = partialPercent / 100.0;
        List<StandardScoring.Band> table = parseBands(bandsText);
        policy = switch (mode.trim()) {
            case "lineare" -> StandardScoring.linear(partial);
            case "fasce" -> StandardScoring.bands(table, partial);
            default -> throw new IllegalArgumentException("it.albero.engine: scoring.mode '" + mode
                    + "' non valido (ammessi: lineare, fasce)");
        };
        switch (missingData.trim()) {
            case "escludi" -> missingAsZero = false;
            case "zero" -> missingAsZero = true;
            default -> throw new IllegalArgumentException("it.albero.engine: missing.data '" + missingData
                    + "' non valido (ammessi: escludi, zero)");
        }
    }

    static Scoring defaults() {
        return new Scoring("lineare", "70:90,90:100", 50, "escludi");
    }

    private static List<StandardScoring.Band> parseBands(String text) {
        List<StandardScoring.Band> out = new ArrayList<>();
        double last = -1;
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.trim().split(":");
            try {
                if (kv.length != 2) {
                    throw new NumberFormatException();
                }
                double from = Double.parseDouble(kv[0].trim()) / 100.0;
                double score = Double.parseDouble(kv[1].trim()) / 100.0;
                if (from <= last || score < 0 || score > 1) {
                    throw new NumberFormatException();
                }
                last = from;
                out.add(new StandardScoring.Band(from, score));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("it.albero.engine: fascia '" + part.trim()
                        + "' non valida: serve 'soglia:punteggio' in percentuale, soglie crescenti");
            }
        }
        return List.copyOf(out);
    }

    @Override
    public double score(double attainment) {
        return policy.score(attainment);
    }

    @Override
    public Status status(double score) {
        return policy.status(score);
    }

    boolean missingAsZero() {
        return missingAsZero;
    }
}
