package it.albero.engine.internal;

import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/** A service contributed by a module, with the bundle that registered it. */
record Registered<T>(T service, String bundle, String version, long serviceId, int ranking) {

    static <T> Registered<T> of(T service, ServiceReference<?> ref) {
        Bundle b = ref.getBundle();
        Object rank = ref.getProperty(Constants.SERVICE_RANKING);
        return new Registered<>(service,
                b == null ? "?" : b.getSymbolicName(),
                b == null ? "?" : b.getVersion().toString(),
                (Long) ref.getProperty(Constants.SERVICE_ID),
                rank instanceof Integer i ? i : 0);
    }

    /** For tests and for services registered without a reference. */
    static <T> Registered<T> of(T service, Map<String, Object> props) {
        Object id = props.getOrDefault(Constants.SERVICE_ID, 0L);
        return new Registered<>(service, String.valueOf(props.getOrDefault("bundle", "test")),
                String.valueOf(props.getOrDefault("version", "0.0.0")), (Long) id, 0);
    }
}
