/** The memory's agent tools: search, graph questions, remembering notes. */
@NonNullByDefault
package dev.piassistant.memory.internal.tools;

import org.eclipse.jdt.annotation.NonNullByDefault;
