package dev.piassistant.planning.internal.loop;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.EventLog;

/**
 * Where a task's events go: appended to the log (durably) first, then to the task's copy of its session's
 * events, then to the listeners. The copy is what the loop derives its next move from; it is never changed
 * but by appending, so it stays what the log says.
 */
public final class Recorder {

	/** Hears what is recorded and what streams; the agent service passes both on to its listeners. */
	public interface Listener {
		void recorded(AgentEvent event);

		void textDelta(AgentEvent started, String delta, boolean thinking);
	}

	private final EventLog log;
	private final Clock clock;
	private final Listener listener;
	private final List<AgentEvent> events;
	private final List<Consumer<AgentEvent>> followers = new ArrayList<>();

	public Recorder(EventLog log, Clock clock, Listener listener, List<AgentEvent> history) {
		this.log = log;
		this.clock = clock;
		this.listener = listener;
		this.events = new ArrayList<>(history);
	}

	public Instant now() {
		return clock.instant();
	}

	public synchronized <E extends AgentEvent> E record(E event) {
		log.append(event);
		events.add(event);
		followers.forEach(follower -> follower.accept(event));
		listener.recorded(event);
		return event;
	}

	/** Hands the follower every event so far, then each new one as it is recorded. */
	synchronized <F extends Consumer<AgentEvent>> F follow(F follower) {
		events.forEach(follower);
		followers.add(follower);
		return follower;
	}

	/** The session's events so far. */
	public synchronized List<AgentEvent> events() {
		return List.copyOf(events);
	}

	void delta(AgentEvent started, String delta, boolean thinking) {
		listener.textDelta(started, delta, thinking);
	}
}
