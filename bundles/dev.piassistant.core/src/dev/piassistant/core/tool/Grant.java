package dev.piassistant.core.tool;

import java.time.Instant;
import java.util.Objects;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.GrantScope;

/**
 * A grant in force for the calls of a task: what it allows, how far it reaches, and who gave it.
 *
 * @param task  the task it was given in (a {@link GrantScope#TASK} grant reaches only that task)
 * @param until when a {@link GrantScope#TIMED} grant runs out; null for the others
 * @param by    who gave it, for the user to see why a call ran: {@link #BY_USER} (an answer to an approval) or
 *              {@link #BY_TASK} (given with the task)
 */
public record Grant(GrantTarget target, GrantScope scope, TaskId task, @Nullable Instant until, String by) {

	/** Given by the user answering an approval. */
	public static final String BY_USER = "user";
	/** Given with the task when it was started ({@code pi run --allow}). */
	public static final String BY_TASK = "task";

	public Grant {
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(task, "task");
		Objects.requireNonNull(by, "by");
		if (scope == GrantScope.TIMED && until == null) {
			throw new IllegalArgumentException("a timed grant needs an end");
		}
	}

	/** Whether it reaches a call of a task at a time. A grant for one call only never reaches another. */
	public boolean reaches(TaskId callTask, Instant at) {
		return switch (scope) {
			case ONCE -> false;
			case TASK -> task.equals(callTask);
			case SESSION -> true;
			case TIMED -> until != null && at.isBefore(until);
		};
	}
}
