package it.albero.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

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
    private final Supplier<Settings> settings;

    ParametersCheck(Engine engine, Supplier<Settings> settings) {
        this.engine = engine;
        this.settings = settings;
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
        return settings.get().text().get("check.parametri.label");
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> out = new ArrayList<>();
        Map<String, Integer> missing = new TreeMap<>();
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
                settings.get().text().get("check.parametri.missingModule", n, module))));
        return out;
    }
}
