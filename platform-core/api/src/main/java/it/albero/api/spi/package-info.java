/**
 * What a sector module implements: {@link it.albero.api.spi.IndicatorType}, {@link it.albero.api.spi.Check}
 * and {@link it.albero.api.spi.SectorModule}, each registered as an OSGi service; and the rules they share, stated
 * once: {@link it.albero.api.spi.Pace} (when an indicator is "a rischio"), {@link it.albero.api.spi.Targets} (the
 * 0-100% target), {@link it.albero.api.spi.Window}, {@link it.albero.api.spi.WorkingDays} (Italian working days),
 * {@link it.albero.api.spi.StandardScoring} (the engine's scoring policy) and {@link it.albero.api.spi.Texts}.
 * {@link it.albero.api.spi.Messages} reads a bundle's user-facing texts for a locale (since 1.2).
 * {@link it.albero.api.spi.Steps} assesses the steps of a procedure in their legal order, {@link it.albero.api.spi.Term}
 * a case with a legal term from its start (since 1.3).
 */
@Export
@Version("1.3.0")
package it.albero.api.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
