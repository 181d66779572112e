/** Checks JSON values against the subset of JSON Schema that tool parameters use. */
@NonNullByDefault
package dev.piassistant.planning.internal.json;

import org.eclipse.jdt.annotation.NonNullByDefault;
