/** The workspace database as other bundles see it: they contribute their schema migrations. */
package dev.piassistant.core.store;
