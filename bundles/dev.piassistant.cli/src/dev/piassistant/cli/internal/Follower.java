package dev.piassistant.cli.internal;

import java.util.concurrent.BlockingQueue;

import dev.piassistant.cli.internal.render.Renderer;
import dev.piassistant.cli.internal.render.TaskView;
import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.agent.AgentListener;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.Question;
import dev.piassistant.core.event.TaskEnded;

/**
 * Follows one session: each event goes to the task view, then to the renderer; questions and the end are
 * handed to the main thread, which answers on its own time rather than on the agent's thread.
 */
final class Follower implements AgentListener {

	private final SessionId session;
	private final TaskView view;
	private final Renderer renderer;
	private final BlockingQueue<Signal> signals;

	Follower(SessionId session, TaskView view, Renderer renderer, BlockingQueue<Signal> signals) {
		this.session = session;
		this.view = view;
		this.renderer = renderer;
		this.signals = signals;
	}

	@Override
	public void onEvent(AgentEvent event) {
		if (!event.session().equals(session)) {
			return;
		}
		view.apply(event);
		renderer.event(event);
		if (event instanceof Question question) {
			signals.add(new Signal.Asked(question));
		} else if (event instanceof TaskEnded ended) {
			signals.add(new Signal.Ended(ended));
		}
	}

	@Override
	public void onTextDelta(SessionId from, MessageId message, String delta) {
		if (from.equals(session)) {
			renderer.textDelta(message, delta);
		}
	}
}
