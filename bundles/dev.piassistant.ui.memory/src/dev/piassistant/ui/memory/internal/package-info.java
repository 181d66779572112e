/** The Memory view: search the workspace's memory, browse an entity's graph neighbours, open the source of a hit. */
@NonNullByDefault
package dev.piassistant.ui.memory.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;
