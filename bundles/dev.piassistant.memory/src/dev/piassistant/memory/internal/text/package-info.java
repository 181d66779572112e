/** Chunks of text: markdown by heading, other text in overlapping windows, identifiers split into words. */
@NonNullByDefault
package dev.piassistant.memory.internal.text;

import org.eclipse.jdt.annotation.NonNullByDefault;
