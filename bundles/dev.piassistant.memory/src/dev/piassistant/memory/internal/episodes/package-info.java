/** Episodes: what the memory keeps of each finished task, read from the event log. */
@NonNullByDefault
package dev.piassistant.memory.internal.episodes;

import org.eclipse.jdt.annotation.NonNullByDefault;
