package dev.piassistant.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import dev.piassistant.cli.internal.render.Printer;
import dev.piassistant.cli.internal.render.Renderer;
import dev.piassistant.cli.internal.render.Style;
import dev.piassistant.cli.internal.render.TaskView;
import dev.piassistant.cli.internal.render.TerminalRenderer;
import dev.piassistant.core.MessageId;
import dev.piassistant.core.event.AgentEvent;

/** A renderer writing to memory, fed as the command feeds it: the task view first, then the renderer. */
final class Feed {

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
	private final TaskView view = new TaskView();
	private final Renderer renderer;

	private Feed(Style style, int columns) {
		var out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		renderer = new TerminalRenderer(new Printer(out), style, columns, view, model -> "Local/" + model.model());
	}

	static Feed plain() {
		return new Feed(Style.plain(), 0);
	}

	static Feed terminal(int columns) {
		return new Feed(new Style(true, true), columns);
	}

	Feed events(AgentEvent... events) {
		for (var event : events) {
			view.apply(event);
			renderer.event(event);
		}
		return this;
	}

	Feed text(MessageId message, String... deltas) {
		for (var delta : deltas) {
			renderer.textDelta(message, delta);
		}
		return this;
	}

	String output() {
		return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
	}
}
