package it.albero.io.internal;

import java.math.BigDecimal;

/** One form for every number read from a file, so that a plan read twice is equal to itself. */
final class Numbers {

    private Numbers() {
    }

    /** Trailing zeros dropped, never a negative scale: 70.0 -> 70, 1E+3 -> 1000. */
    static BigDecimal normal(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
