package dev.piassistant.planning.internal.context;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.memory.MemoryService;

/**
 * What the memory recalls for a piece of work, for the instructions: a few hits with their sources. The memory
 * is a help, never a condition: without one, or when it fails, the agent simply works without it.
 */
public final class MemoryContext {

	/** Characters of memory in the instructions: about 1,000 tokens. */
	public static final int MAX_CHARS = 4_000;
	private static final System.Logger LOG = System.getLogger(MemoryContext.class.getName());

	private MemoryContext() {
	}

	public static String of(@Nullable MemoryService memory, String work) {
		if (memory == null || work.isBlank()) {
			return "";
		}
		try {
			return memory.context(work, MAX_CHARS);
		} catch (RuntimeException e) {
			LOG.log(System.Logger.Level.WARNING, "The memory could not be searched; the task goes on without it", e);
			return "";
		}
	}
}
