package dev.piassistant.cli.internal;

import dev.piassistant.core.event.Question;
import dev.piassistant.core.event.TaskEnded;

/** What the command's main thread waits for while a task runs. */
sealed interface Signal {

	/** The agent asked something. */
	record Asked(Question question) implements Signal {
	}

	/** The user typed a line. */
	record Typed(String line) implements Signal {
	}

	/** Standard input ended: nothing more will be typed. */
	record InputEnded() implements Signal {
	}

	/** Ctrl+C. */
	record Interrupted() implements Signal {
	}

	/** The task is over. */
	record Ended(TaskEnded ended) implements Signal {
	}

	/** The task's job ended without an ending event: a fault in the agent. */
	record Lost(String detail) implements Signal {
	}
}
