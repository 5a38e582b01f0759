package it.albero.types.internal;

import java.util.List;

/** How a value is compared with its threshold: {@code >}, {@code >=} (default), {@code =}, {@code <=}. */
enum Comparison {
    GT(">", "più di"),
    GE(">=", "almeno"),
    EQ("=", "esattamente"),
    LE("<=", "al massimo");

    /** The symbols, as plan files write them. */
    static final List<String> SYMBOLS = List.of(">", ">=", "=", "<=");

    private final String symbol;
    private final String words;

    Comparison(String symbol, String words) {
        this.symbol = symbol;
        this.words = words;
    }

    String symbol() {
        return symbol;
    }

    /** "almeno", "al massimo"... */
    String words() {
        return words;
    }

    static Comparison of(String symbol) {
        if (symbol == null || symbol.isBlank()) {
            return GE;
        }
        for (Comparison c : values()) {
            if (c.symbol.equals(symbol.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("confronto '" + symbol + "' non ammesso (ammessi: " + SYMBOLS + ")");
    }

    boolean met(double value, double threshold) {
        return switch (this) {
            case GT -> value > threshold;
            case GE -> value >= threshold;
            case EQ -> Math.abs(value - threshold) < 1e-9;
            case LE -> value <= threshold;
        };
    }

    /**
     * The attainment of a value against a threshold: 1 when met; otherwise proportional — value/threshold
     * for {@code >=} and {@code >} (at most 0.99 for {@code >} not met), threshold/value for {@code <=},
     * 1 - |gap|/threshold for {@code =}.
     */
    double attainment(double value, double threshold) {
        if (met(value, threshold)) {
            return switch (this) {
                case GE, GT -> threshold <= 0 ? 1 : Math.max(1, value / threshold);
                case EQ, LE -> 1;
            };
        }
        return switch (this) {
            case GE -> threshold <= 0 ? 0 : value / threshold;
            case GT -> threshold <= 0 ? 0 : Math.min(0.99, value / threshold);
            case EQ -> threshold <= 0 ? 0 : Math.max(0, 1 - Math.abs(value - threshold) / threshold);
            case LE -> value <= 0 ? 0 : threshold / value;
        };
    }

    /** Whether a met target stays met as a sum of non-negative values grows. */
    boolean monotone() {
        return this == GE || this == GT;
    }
}
