/**
 * The workspace database as other bundles see it: they contribute their tables as migrations
 * ({@link dev.piassistant.core.store.SchemaContribution}) and read and write them through
 * {@link dev.piassistant.core.store.Database}, never through the store's internals.
 */
package dev.piassistant.core.store;
