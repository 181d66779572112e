package dev.piassistant.planning.internal.loop;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.agent.TaskHandle.Streaming;

/** The answer being streamed now, for views that open in the middle of it. */
final class Streams {

	private final AtomicReference<@Nullable Streaming> current = new AtomicReference<>();

	void begin(MessageId message) {
		current.set(new Streaming(message, "", ""));
	}

	void text(String delta) {
		current.updateAndGet(now -> now == null ? null : new Streaming(now.message(), now.text() + delta, now.thinking()));
	}

	void thinking(String delta) {
		current.updateAndGet(now -> now == null ? null : new Streaming(now.message(), now.text(), now.thinking() + delta));
	}

	void end() {
		current.set(null);
	}

	@Nullable
	Streaming now() {
		return current.get();
	}
}
