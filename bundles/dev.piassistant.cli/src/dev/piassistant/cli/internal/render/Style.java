package dev.piassistant.cli.internal.render;

import dev.piassistant.core.plan.StepState;

/** Colours and symbols on a terminal; plain words and no escape codes elsewhere (logs, pipes, CI). */
public final class Style {

	private static final String RESET = "\u001b[0m";

	private final boolean colors;
	private final boolean unicode;

	public Style(boolean colors, boolean unicode) {
		this.colors = colors;
		this.unicode = unicode;
	}

	public static Style of(Terminal terminal) {
		return new Style(terminal.styled(), terminal.unicode());
	}

	public static Style plain() {
		return new Style(false, false);
	}

	public String bold(String text) {
		return wrap("1", text);
	}

	public String dim(String text) {
		return wrap("2", text);
	}

	public String good(String text) {
		return wrap("32", text);
	}

	public String bad(String text) {
		return wrap("31", text);
	}

	public String warn(String text) {
		return wrap("33", text);
	}

	public String accent(String text) {
		return wrap("36", text);
	}

	private String wrap(String code, String text) {
		return colors && !text.isEmpty() ? "\u001b[" + code + "m" + text + RESET : text;
	}

	/** A step's state: a coloured symbol on a terminal, the word in brackets elsewhere. */
	public String state(StepState state) {
		if (!unicode) {
			return "[" + state.name().toLowerCase(java.util.Locale.ROOT) + "]";
		}
		return switch (state) {
			case PENDING -> dim("○");
			case RUNNING -> accent("▶");
			case DONE -> good("✓");
			case FAILED -> bad("✗");
			case SKIPPED -> dim("–");
			case BLOCKED -> warn("⏸");
		};
	}

	public String ok() {
		return unicode ? good("✓") : "[ok]";
	}

	public String failed() {
		return unicode ? bad("✗") : "[failed]";
	}

	public String denied() {
		return unicode ? warn("⊘") : "[denied]";
	}

	public String cancelled() {
		return unicode ? warn("⊘") : "[cancelled]";
	}

	public String warning() {
		return unicode ? warn("!") : "[warning]";
	}

	public String note() {
		return unicode ? dim("·") : "[note]";
	}

	public String question() {
		return unicode ? accent("?") : "[question]";
	}

	public String separator() {
		return unicode ? " · " : " - ";
	}

	public String ellipsis() {
		return unicode ? "…" : "...";
	}
}
