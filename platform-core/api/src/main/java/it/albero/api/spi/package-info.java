/**
 * What a sector module implements: {@link it.albero.api.spi.IndicatorType}, {@link it.albero.api.spi.Check}
 * and {@link it.albero.api.spi.SectorModule}, each registered as an OSGi service.
 */
@Export
@Version("1.1.0")
package it.albero.api.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
