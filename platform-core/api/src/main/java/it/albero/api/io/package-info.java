/**
 * Reading and writing plan files: the native YAML format ({@code formato: albero-piano/1}), CSV and XLSX
 * with one row per indicator. {@link it.albero.api.io.PlanImporter} validates and stores a file all or
 * nothing and reports every problem as {@code file:riga:colonna: motivo};
 * {@link it.albero.api.io.PlanExporter} writes a plan. Both are OSGi services of the core's io bundle.
 */
@Export
@Version("1.1.0")
package it.albero.api.io;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
