/** Index runs: finding files, writing what was read from them, git history, embeddings, crash-safe and incremental. */
@NonNullByDefault
package dev.piassistant.memory.internal.index;

import org.eclipse.jdt.annotation.NonNullByDefault;
