package it.albero.api.engine;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

import it.albero.api.model.Measurement;

/** Where the engine reads measurements from: the store, or a list in a test. */
@ConsumerType
@FunctionalInterface
public interface MeasurementSource {

    /** All measurements of an indicator, oldest first. */
    List<Measurement> measurements(String indicatorCode);

    static MeasurementSource none() {
        return code -> List.of();
    }
}
