/** The knowledge graph as stored: entities, relations between them by key, and the graph's answers. */
@NonNullByDefault
package dev.piassistant.memory.internal.graph;

import org.eclipse.jdt.annotation.NonNullByDefault;
