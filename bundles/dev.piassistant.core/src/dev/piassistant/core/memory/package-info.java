/**
 * The memory: a knowledge graph of the workspace's code, its git history, knowledge files and the agent's past
 * tasks, searched by keywords, meaning and graph neighbours together. {@link dev.piassistant.core.memory.MemoryService}
 * answers; {@link dev.piassistant.core.memory.MemoryIndex} builds it; an optional
 * {@link dev.piassistant.core.memory.Embedder} adds search by meaning.
 */
@NonNullByDefault
package dev.piassistant.core.memory;

import org.eclipse.jdt.annotation.NonNullByDefault;
