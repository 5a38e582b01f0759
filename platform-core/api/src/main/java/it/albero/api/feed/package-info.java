/**
 * Measurements that arrive from where they live: a {@link it.albero.api.feed.FeedSource} turns a file a comune
 * already has (an invoice list, a register of notices, of controls) into measurements of its indicators; the core
 * supplies the generic bulk file. {@link it.albero.api.feed.FeedService} reads the file as a table
 * ({@link it.albero.api.feed.TableReader}), asks the source, checks and records everything in one transaction with
 * its provenance, and recognises a file fed twice.
 */
@Export
@Version("1.0.0")
package it.albero.api.feed;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
