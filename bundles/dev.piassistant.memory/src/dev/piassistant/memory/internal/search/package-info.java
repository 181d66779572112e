/** Hybrid retrieval: BM25 over FTS5, vectors in memory, graph neighbours, fused by rank. */
@NonNullByDefault
package dev.piassistant.memory.internal.search;

import org.eclipse.jdt.annotation.NonNullByDefault;
