package dev.piassistant.planning.internal.hooks;

/** How a hook's run ended. */
public sealed interface HookOutcome {

	/** It let things go on; {@code output} is what it printed. */
	record Passed(String output) implements HookOutcome {
	}

	/** It blocked what it ran for (exit code 2, or {@code "decision": "block"}), with the reason it gave. */
	record Blocked(String reason) implements HookOutcome {
	}

	/** It could not say: it did not start, exited with another error, or ran out of time. */
	record Failed(String problem) implements HookOutcome {
	}
}
