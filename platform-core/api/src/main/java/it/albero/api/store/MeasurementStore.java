package it.albero.api.store;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import it.albero.api.engine.MeasurementSource;
import it.albero.api.model.Measurement;

/** The measurements (rilevazioni) of the indicators of stored plans. */
@ProviderType
public interface MeasurementStore {

    /**
     * Validates and records a measurement in one transaction, and writes it to the audit trail.
     * The indicator must exist in the plan, the date must fall within the plan's years, the values must not be
     * empty and, when the indicator's type is installed, must fit the type's measurement schema.
     *
     * @param measurement its id and recording time are ignored: the store gives them
     * @return the id, returned only after the commit
     * @throws ValidationException for bad input; nothing is written
     */
    long record(PlanKey plan, Measurement measurement);

    /**
     * Records a correction: a new measurement that supersedes measurement {@code correctedId} of the same indicator.
     * The earlier record is never changed; both are in the audit trail. {@link #source} gives the engine only
     * measurements that no later one corrects.
     *
     * @param measurement the corrected values (its {@code supersedes} is ignored: {@code correctedId} is used)
     * @return the id of the correction
     * @throws ValidationException when {@code correctedId} is not a measurement of that indicator in the plan, or
     *                             for any reason {@link #record} would refuse; nothing is written
     * @throws ConflictException   when {@code correctedId} is already corrected (correct the latest instead)
     * @since 1.2
     */
    long correct(PlanKey plan, long correctedId, Measurement measurement);

    /**
     * The measurements of an indicator of a plan, oldest first (by date, then by id), corrected ones included
     * (each correction names the one it supersedes).
     */
    List<Measurement> list(PlanKey plan, String indicatorCode);

    /** The number of measurements of a plan (all indicators). */
    int count(PlanKey plan);

    /** The measurements of one plan as the engine reads them. */
    MeasurementSource source(PlanKey plan);

    /**
     * Records the measurements read from one file in one transaction, all or nothing: each a new record or, when its
     * {@code supersedes} is set, a correction of that record. The file is registered in the same transaction, and
     * every record is in the audit trail.
     *
     * @param measurements each with its {@link it.albero.api.model.Provenance}; ids and times are given by the store
     * @return the ids, in the order given
     * @throws ConflictException   when the plan already has a file with the same source and hash, or a superseded
     *                             record was corrected meanwhile; nothing is written
     * @throws ValidationException for any reason {@link #record} would refuse one of them; nothing is written
     * @since 1.3
     */
    List<Long> recordFile(PlanKey plan, FedFile file, List<Measurement> measurements);

    /** The file with this source and content hash already fed to the plan, if any. @since 1.3 */
    java.util.Optional<FedFile> fedFile(PlanKey plan, String source, String hash);

    /**
     * The measurements that count (not corrected) read by a source from files with this name: what a corrected
     * version of the file supersedes. @since 1.3
     */
    List<Measurement> fromFile(PlanKey plan, String source, String fileName);

    /**
     * Records many new measurements of one plan in one transaction, all or nothing, with the checks of
     * {@link #record} for each, and writes one entry to the audit trail for the whole batch (how many, which
     * indicators, which dates). Meant for bulk loads (generated demo data, migrations from another system): the
     * rows are sent to the database in JDBC batches and no id is read back.
     *
     * @param measurements new measurements (none may correct another: use {@link #correct}); ids and recording
     *                     times are given by the store
     * @param author       who loads them (the audit entry's author)
     * @return how many were recorded
     * @throws ValidationException for any reason {@link #record} would refuse one of them, or a correction among
     *                             them; nothing is written
     * @since 1.4
     */
    int recordBatch(PlanKey plan, List<Measurement> measurements, String author);
}
