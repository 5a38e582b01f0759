package it.albero.engine.internal;

import java.time.DateTimeException;
import java.time.ZoneId;

import it.albero.api.spi.Messages;

/**
 * The engine's configuration as used at one moment: read once from {@link EngineConfig}, immutable, replaced as a
 * whole when the configuration changes.
 *
 * @param scoring        the scoring policy
 * @param timeoutMs      the time bound of one type's indicators in one round
 * @param checkTimeoutMs the time bound of one check over a plan
 * @param poolSize       threads of each pool (types, checks)
 * @param zone           the platform's time zone
 * @param text           the user-facing texts
 */
record Settings(Scoring scoring, long timeoutMs, long checkTimeoutMs, int poolSize, ZoneId zone, Messages text) {

    /** The smallest time bound accepted. */
    static final long MIN_TIMEOUT_MS = 10;

    static Settings of(EngineConfig config) {
        ZoneId zone;
        try {
            zone = ZoneId.of(config.zone().trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("it.albero.engine: zone '" + config.zone()
                    + "' is not a time zone (e.g. Europe/Rome)", e);
        }
        return new Settings(new Scoring(config), Math.max(MIN_TIMEOUT_MS, config.evaluation_timeout_ms()),
                Math.max(MIN_TIMEOUT_MS, config.check_timeout_ms()), Math.max(1, config.pool_size()), zone,
                Messages.of(Settings.class, Messages.locale(config.locale())));
    }
}
