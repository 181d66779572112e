/** Java sources read with JDT's parser (syntax only, for speed) and names resolved against the index's own symbols. */
@NonNullByDefault
package dev.piassistant.memory.internal.java;

import org.eclipse.jdt.annotation.NonNullByDefault;
