/**
 * What a sector module implements: {@link it.albero.api.spi.IndicatorType}, {@link it.albero.api.spi.Check}
 * and {@link it.albero.api.spi.SectorModule}, each registered as an OSGi service.
 * {@link it.albero.api.spi.Messages} reads a bundle's user-facing texts for a locale (since 1.2).
 */
@Export
@Version("1.2.0")
package it.albero.api.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
