package it.albero.engine.internal;

import java.util.ArrayList;
import java.util.List;

import it.albero.api.model.Status;
import it.albero.api.spi.ScoringPolicy;

/** The scoring policy read from {@link EngineConfig}: linear with cap, or bands. Immutable. */
final class Scoring implements ScoringPolicy {

    private record Band(double from, double score) {
    }

    private final boolean bands;
    private final List<Band> table;
    private final double partial;
    private final boolean missingAsZero;

    Scoring(EngineConfig config) {
        this(config.scoring_mode(), config.scoring_bands(), config.partial_threshold(), config.missing_data());
    }

    Scoring(String mode, String bandsText, double partialPercent, String missingData) {
        switch (mode.trim()) {
            case "lineare" -> bands = false;
            case "fasce" -> bands = true;
            default -> throw new IllegalArgumentException("it.albero.engine: scoring.mode '" + mode
                    + "' non valido (ammessi: lineare, fasce)");
        }
        this.table = parseBands(bandsText);
        if (partialPercent < 0 || partialPercent > 100) {
            throw new IllegalArgumentException("it.albero.engine: partial.threshold " + partialPercent
                    + " fuori da 0-100");
        }
        this.partial = partialPercent / 100.0;
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

    private static List<Band> parseBands(String text) {
        List<Band> out = new ArrayList<>();
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
                out.add(new Band(from, score));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("it.albero.engine: fascia '" + part.trim()
                        + "' non valida: serve 'soglia:punteggio' in percentuale, soglie crescenti");
            }
        }
        return List.copyOf(out);
    }

    @Override
    public double score(double attainment) {
        if (Double.isNaN(attainment) || attainment <= 0) {
            return 0;
        }
        if (!bands) {
            return Math.min(1.0, attainment);
        }
        double s = 0;
        for (Band b : table) {
            if (attainment + 1e-9 >= b.from()) {
                s = b.score();
            }
        }
        return s;
    }

    @Override
    public Status status(double score) {
        if (score >= 1.0 - 1e-9) {
            return Status.RAGGIUNTO;
        }
        if (score + 1e-9 >= partial && score > 0) {
            return Status.PARZIALMENTE_RAGGIUNTO;
        }
        return Status.NON_RAGGIUNTO;
    }

    boolean missingAsZero() {
        return missingAsZero;
    }
}
