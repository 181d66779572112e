package dev.piassistant.core.agent;

import java.util.List;
import java.util.Optional;

import dev.piassistant.core.QuestionId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.SessionSummary;
import dev.piassistant.core.plan.Plan;

/**
 * Runs the agent: sessions of conversation and the tasks within them. Each task runs as an Eclipse job of
 * the family {@link #JOB_FAMILY}, shown in the Progress view and cancellable there; everything it does is
 * appended to the event log before listeners hear of it.
 */
public interface AgentService {

	/** The job family of running tasks, for {@code IJobManager.join}, {@code find} and {@code cancel}. */
	String JOB_FAMILY = "dev.piassistant.agent.tasks";

	/** Starts an empty session. */
	SessionId newSession();

	/** The most recently active session, to reopen where the user left off. */
	Optional<SessionId> latestSession();

	/** The sessions not deleted, the most recently active first. */
	List<SessionSummary> sessions();

	/** Gives a session the user's own title (a blank title is refused). */
	void renameSession(SessionId session, String title);

	/**
	 * Deletes a session from the list of sessions, stopping its task if one runs. Its events stay in the log,
	 * which is append-only.
	 */
	void deleteSession(SessionId session);

	/** Everything that happened in a session, oldest first. */
	List<AgentEvent> history(SessionId session);

	/**
	 * Starts a task. Returns at once; progress arrives through the listeners and the event log.
	 *
	 * @throws IllegalStateException when the session is already running a task
	 */
	TaskHandle start(TaskRequest request);

	/**
	 * Takes up a task that was interrupted (Pi Assistant closed or was killed while it ran) from its last
	 * completed step. Tool calls that completed are not made again.
	 *
	 * @throws IllegalStateException when the session is running a task, or the task is not interrupted
	 */
	TaskHandle resume(SessionId session, TaskId task);

	/** The running task of a session, if any. */
	Optional<TaskHandle> running(SessionId session);

	/** Stops the session's running task, if any; what it did is kept. */
	void cancel(SessionId session);

	/**
	 * Answers a question the running task asked (an approval, a plan review, a pause).
	 *
	 * @throws IllegalStateException when no running task waits for that question
	 */
	default void answer(SessionId session, QuestionId question, Answer answer) {
		answer(session, question, answer, AnsweredBy.USER);
	}

	/**
	 * Answers a question the running task asked, saying who answered (for the audit trail).
	 *
	 * @throws IllegalStateException when no running task waits for that question
	 */
	void answer(SessionId session, QuestionId question, Answer answer, AnsweredBy by);

	/**
	 * Replaces the remaining plan of a task with the user's version (steps already finished keep their
	 * state). The agent goes on with it from its next step.
	 *
	 * @throws IllegalStateException when the task is not running
	 */
	void revisePlan(SessionId session, TaskId task, Plan plan, String reason);

	void addListener(AgentListener listener);

	void removeListener(AgentListener listener);
}
