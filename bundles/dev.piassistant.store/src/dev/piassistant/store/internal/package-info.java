/**
 * The workspace database: one SQLite file in WAL mode under the workspace's metadata area, with schema
 * migrations contributed per bundle, and the append-only event log on top of it.
 */
package dev.piassistant.store.internal;
