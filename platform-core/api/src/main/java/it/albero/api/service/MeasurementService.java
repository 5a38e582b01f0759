package it.albero.api.service;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import it.albero.api.model.Measurement;
import it.albero.api.store.PlanKey;

/**
 * Measurements as every entry point records and reads them. The caller's name is the author; a director writes
 * only the indicators of its own units ({@link AccessPolicy}); the store refuses what the plan's status locks.
 */
@ProviderType
public interface MeasurementService {

    /**
     * Types the values by the indicator's schema, validates them and records the measurement.
     *
     * @return the stored measurement (with id, author and time), returned after the commit
     * @throws AccessDeniedException  when the caller may not write the indicator's unit
     * @throws InvalidValuesException when a value does not fit its field or the type's validation
     * @throws it.albero.api.store.ValidationException for any other bad input (unknown code, date outside the plan)
     */
    Measurement record(Caller caller, PlanKey plan, MeasurementInput input);

    /**
     * Records a correction of measurement {@code correctedId}: a new record that supersedes it. Both are kept and
     * audited; only the correction counts from now on.
     *
     * @throws it.albero.api.store.ConflictException when {@code correctedId} was already corrected
     * @throws it.albero.api.store.ValidationException when it is not a measurement of that indicator
     */
    Measurement correct(Caller caller, PlanKey plan, long correctedId, MeasurementInput input);

    /** Every measurement of an indicator, corrected ones included, oldest first. */
    List<Measurement> list(Caller caller, PlanKey plan, String indicatorCode);

    /**
     * The measurements that count (corrected ones left out) recorded last in a plan or in one of its units, the
     * latest first: what a cruscotto shows as "ultime rilevazioni".
     *
     * @param unitCode a unit of the plan, or {@code null} for the whole plan
     * @param limit    at most this many (1 or more)
     * @throws NotFoundException when the plan or the unit does not exist
     * @since 1.1
     */
    List<Measurement> latest(Caller caller, PlanKey plan, String unitCode, int limit);
}
