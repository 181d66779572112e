package dev.piassistant.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.cli.internal.args.UsageException;
import dev.piassistant.core.agent.AgentService;
import dev.piassistant.core.agent.TaskProjection;
import dev.piassistant.core.agent.TaskSnapshot;
import dev.piassistant.core.event.AgentEvent;

/**
 * Finds the task {@code pi resume} takes up: one that started, never ended and is not running, which is
 * what Pi Assistant closed or killed mid-task leaves behind.
 */
final class Interrupted {

	/** A task to resume and the session's history up to now. */
	record Found(TaskSnapshot task, List<AgentEvent> history) {
	}

	/** There is nothing to resume; the message says why. */
	static final class NothingToResume extends Exception {

		private static final long serialVersionUID = 1L;

		NothingToResume(String message) {
			super(message);
		}
	}

	private final AgentService agent;

	Interrupted(AgentService agent) {
		this.agent = agent;
	}

	/** The latest interrupted task of the workspace, or the one whose id starts with {@code id}. */
	Found find(Optional<String> id) throws UsageException, NothingToResume {
		return id.isPresent() ? byId(id.get().strip().toLowerCase(Locale.ROOT)) : latest();
	}

	private Found latest() throws NothingToResume {
		// Sessions come most recently active first, and a session runs one task at a time.
		for (var session : agent.sessions()) {
			var history = agent.history(session.session());
			var tasks = TaskProjection.of(history);
			for (int i = tasks.size() - 1; i >= 0; i--) {
				if (isInterrupted(tasks.get(i))) {
					return new Found(tasks.get(i), history);
				}
			}
		}
		throw new NothingToResume(Messages.Resume_nothing);
	}

	private Found byId(String prefix) throws UsageException, NothingToResume {
		var matches = new ArrayList<Found>();
		for (var session : agent.sessions()) {
			var history = agent.history(session.session());
			for (var task : TaskProjection.of(history)) {
				if (task.task().value().toLowerCase(Locale.ROOT).startsWith(prefix)) {
					matches.add(new Found(task, history));
				}
			}
		}
		if (matches.isEmpty()) {
			throw new UsageException(NLS.bind(Messages.Resume_unknownTask, prefix));
		}
		if (matches.size() > 1) {
			throw new UsageException(NLS.bind(Messages.Resume_ambiguous, prefix, matches.size()));
		}
		var found = matches.get(0);
		if (found.task().hasEnded()) {
			throw new NothingToResume(NLS.bind(Messages.Resume_ended, prefix));
		}
		if (!isInterrupted(found.task())) {
			throw new NothingToResume(NLS.bind(Messages.Resume_running, prefix));
		}
		return found;
	}

	private boolean isInterrupted(TaskSnapshot task) {
		return !task.hasEnded() && agent.running(task.session()).isEmpty();
	}
}
