package dev.piassistant.ui.chat.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.agent.AgentListener;
import dev.piassistant.core.agent.AgentService;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.ui.UiPump;

/**
 * What the agent reports, handed to the display thread in order, one batch per frame: events, streamed
 * text and thinking, and sessions read from the log (so that they fall in line with what was heard while
 * they were read).
 */
final class AgentFeed implements AgentListener {

	private final AgentService agent;
	private final UiPump<ViewUpdate> pump;

	AgentFeed(AgentService agent, Display display, Consumer<List<ViewUpdate>> consumer) {
		this.agent = agent;
		pump = new UiPump<>(display, UiPump.DEFAULT_FRAME_MILLIS, consumer);
		agent.addListener(this);
	}

	@Override
	public void onEvent(AgentEvent event) {
		pump.post(new ViewUpdate.Logged(event));
	}

	@Override
	public void onTextDelta(SessionId session, MessageId message, String delta) {
		pump.post(new ViewUpdate.Text(session, message, delta));
	}

	@Override
	public void onThinkingDelta(SessionId session, MessageId message, String delta) {
		pump.post(new ViewUpdate.Thinking(session, message, delta));
	}

	/** A session read from the log; any thread. */
	void loaded(ViewUpdate.Loaded loaded) {
		pump.post(loaded);
	}

	void dispose() {
		pump.dispose();
		agent.removeListener(this);
	}
}
