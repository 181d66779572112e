package dev.piassistant.core.memory;

/** Progress of an index run, and the way to stop it. Called on the indexing thread. */
public interface IndexMonitor {

	IndexMonitor NONE = new IndexMonitor() {
	};

	/** A phase begins with this many units of work (0: unknown). */
	default void begin(String phase, int units) {
	}

	/** Units of the current phase are done; {@code detail} says what is being worked on. */
	default void worked(int units, String detail) {
	}

	/** Whether to stop: a stopped run leaves a consistent index, and the next run goes on where it stopped. */
	default boolean isCancelled() {
		return false;
	}
}
