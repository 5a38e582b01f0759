/** The services the core provides to the console, REST and reports: the {@link it.albero.api.engine.Engine}. */
@Export
@Version("1.2.0")
package it.albero.api.engine;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
