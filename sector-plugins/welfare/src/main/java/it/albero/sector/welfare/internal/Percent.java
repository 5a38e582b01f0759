package it.albero.sector.welfare.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import it.albero.api.model.Indicator;

/** The {@code target} percentage of a ratio, as a share. */
final class Percent {

    private Percent() {
    }

    static double target(Indicator indicator) {
        return indicator.parameters().number("target").orElse(BigDecimal.valueOf(100)).doubleValue() / 100;
    }

    /** Italian messages when the target is not within (0, 100]. */
    static List<String> validate(Indicator indicator) {
        List<String> problems = new ArrayList<>();
        BigDecimal target = indicator.parameters().number("target").orElse(BigDecimal.valueOf(100));
        if (target.signum() <= 0 || target.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add("il target deve essere tra 0 e 100%, non " + target.toPlainString());
        }
        return problems;
    }
}
