/** The memory service: the workspace's knowledge graph, its tables, and the agent tools over it. */
@NonNullByDefault
package dev.piassistant.memory.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;
