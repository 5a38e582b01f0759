package it.albero.api.spi;

import java.math.BigDecimal;
import java.util.Optional;

import it.albero.api.model.Values;

/**
 * The percentage target of a ratio, parameter {@code target} (70 for 70%; 100 when absent), and the one rule
 * that checks it: within 0-100%, and above 0% unless a 0% target means something (a maximum of 0%, "al massimo
 * 0%"). Types validate with it and checks report with it, so that a plan gets the same answer from both.
 *
 * @since 1.2
 */
public final class Targets {

    /** The parameter's name. */
    public static final String TARGET = "target";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Targets() {
    }

    /** The target in percent: 70 for 70%; 100 when the parameters have none. */
    public static BigDecimal percent(Values parameters) {
        return parameters.number(TARGET).orElse(HUNDRED);
    }

    /** The target as a share: 0.7 for 70%; 1 when the parameters have none. */
    public static double share(Values parameters) {
        return percent(parameters).doubleValue() / 100;
    }

    /**
     * What is wrong with the target, in Italian without the indicator's code; empty when it is fine.
     *
     * @param zeroAllowed whether 0% is a meaningful target (a maximum); otherwise a 0% target, always met, is
     *                    refused
     */
    public static Optional<String> problem(Values parameters, boolean zeroAllowed) {
        BigDecimal t = percent(parameters);
        if (t.signum() < 0 || t.compareTo(HUNDRED) > 0) {
            return Optional.of("il target deve essere tra 0 e 100%, non " + Texts.number(t) + "%");
        }
        if (t.signum() == 0 && !zeroAllowed) {
            return Optional.of("il target 0% è sempre raggiunto: indicare un target maggiore di 0%");
        }
        return Optional.empty();
    }
}
