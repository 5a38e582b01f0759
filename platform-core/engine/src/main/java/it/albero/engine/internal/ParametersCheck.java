package it.albero.engine.internal;

import java.util.ArrayList;
import java.util.List;

import it.albero.api.engine.Engine;
import it.albero.api.model.Indicator;
import it.albero.api.spi.Check;
import it.albero.api.spi.CheckContext;
import it.albero.api.spi.Finding;
import it.albero.api.spi.Severity;

/**
 * Plan quality: every indicator's parameters fit its type (a measurable target, well-formed dates and
 * windows); indicators whose type is not installed are reported once per module.
 * <p>
 * Built into the engine (not a service of its own): it needs the engine, and a service that references the
 * engine while the engine follows every check would be a reference cycle.
 */
final class ParametersCheck implements Check {

    private final Engine engine;

    ParametersCheck(Engine engine) {
        this.engine = engine;
    }

    @Override
    public String id() {
        return "parametri";
    }

    @Override
    public String moduleId() {
        return "core";
    }

    @Override
    public String label() {
        return "Parametri degli indicatori coerenti con il loro tipo";
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> out = new ArrayList<>();
        java.util.Map<String, Integer> missing = new java.util.TreeMap<>();
        for (Indicator i : context.indicators()) {
            if (engine.type(i.typeId()).isEmpty()) {
                missing.merge(i.moduleIdOfType(), 1, Integer::sum);
                continue;
            }
            for (String problem : engine.validate(i)) {
                out.add(new Finding(id(), Severity.ERRORE, i.code(), problem));
            }
        }
        missing.forEach((module, n) -> out.add(new Finding(id(), Severity.AVVISO, context.plan().code(),
                n + " indicatori usano tipi del modulo '" + module + "', che non è installato:"
                        + " risultano 'modulo non installato' finché non lo si installa.")));
        return out;
    }
}
