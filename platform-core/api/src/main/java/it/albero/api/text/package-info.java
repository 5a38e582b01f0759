/**
 * How Albero reads what people type: numbers and dates written the Italian way. One parser for the console,
 * the plan importer, the REST API and the data feeds.
 */
@Export
@Version("1.0.0")
package it.albero.api.text;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
