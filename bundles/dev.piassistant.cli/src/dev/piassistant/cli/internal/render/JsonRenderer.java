package dev.piassistant.cli.internal.render;

import java.io.PrintStream;

import dev.piassistant.core.event.AgentEvent;

/** {@code --json}: every event of the session as one line on standard output, and nothing else there. */
public final class JsonRenderer implements Renderer {

	private final PrintStream out;
	private final JsonLines json = new JsonLines();

	public JsonRenderer(PrintStream out) {
		this.out = out;
	}

	@Override
	public void event(AgentEvent event) {
		var line = json.line(event);
		synchronized (out) {
			out.println(line);
			out.flush();
		}
	}
}
