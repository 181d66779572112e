package dev.piassistant.cli.internal.render;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.cli.internal.Messages;
import dev.piassistant.core.agent.CallSnapshot;
import dev.piassistant.core.event.ToolCallEnded;

/** One line per tool call: how it ended, the tool, its arguments cut to fit, how long it took, and why it failed. */
public final class ToolCallLine {

	/** How wide lines may be where the width is unknown (pipes, logs). */
	static final int PLAIN_WIDTH = 120;

	private final Style style;
	private final int width;

	public ToolCallLine(Style style, int columns) {
		this.style = style;
		this.width = columns > 0 ? columns : PLAIN_WIDTH;
	}

	public String of(ToolCallEnded ended, Optional<CallSnapshot> call, String indent) {
		var arguments = call.map(snapshot -> compact(snapshot.call().arguments())).orElse("");
		var tail = style.separator() + millis(ended.durationMillis()) + detail(ended);
		var head = indent + symbol(ended) + " " + style.bold(ended.toolName());
		var room = width - visibleLength(indent) - 3 - ended.toolName().length() - visibleLength(tail);
		return arguments.isEmpty() || arguments.equals("{}") ? head + tail : head + " " + cut(arguments, Math.max(20, room)) + tail;
	}

	private String symbol(ToolCallEnded ended) {
		return switch (ended.outcome()) {
			case COMPLETED -> ended.result().isError() ? style.failed() : style.ok();
			case FAILED, INVALID -> style.failed();
			case DENIED -> style.denied();
			case CANCELLED -> style.cancelled();
			case INTERRUPTED -> style.warning();
		};
	}

	private String detail(ToolCallEnded ended) {
		var output = StepLabels.oneLine(ended.result().output());
		var text = switch (ended.outcome()) {
			case COMPLETED -> ended.judgement().diverged() ? NLS.bind(Messages.Call_diverged, StepLabels.oneLine(ended.judgement().detail())) : "";
			case FAILED -> ended.result().exitCode() != null ? NLS.bind(Messages.Call_exit, ended.result().exitCode(), output) : output;
			case INVALID -> NLS.bind(Messages.Call_invalid, output);
			// Why is on standard error (refused for want of a terminal) or was the user's own answer.
			case DENIED -> Messages.Call_denied;
			case CANCELLED -> Messages.Call_cancelled;
			case INTERRUPTED -> Messages.Call_interrupted;
		};
		if (text.isBlank()) {
			return "";
		}
		var styled = ended.outcome() == dev.piassistant.core.agent.CallOutcome.COMPLETED ? style.warn(cut(text, 80)) : style.dim(cut(text, 80));
		return style.separator() + styled;
	}

	private static String millis(long millis) {
		return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
	}

	/** The arguments on one line: JSON as the model wrote it, with its line breaks and runs of blanks folded. */
	static String compact(String json) {
		return json.strip().replaceAll("\\s+", " ");
	}

	private String cut(String text, int room) {
		return text.length() <= room ? text : text.substring(0, Math.max(0, room - 1)) + style.ellipsis();
	}

	/** The length without colour escapes. */
	private static int visibleLength(String text) {
		return text.replaceAll("\u001b\\[[0-9;]*m", "").length();
	}
}
