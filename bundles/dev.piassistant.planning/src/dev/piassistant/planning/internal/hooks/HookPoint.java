package dev.piassistant.planning.internal.hooks;

import java.util.Optional;

/** Where in a task a hook runs, by the names the settings file uses (those of Claude Code's hooks). */
public enum HookPoint {
	/** Before a tool call runs (after its arguments are checked): may block it. */
	PRE_TOOL_USE("PreToolUse", true),
	/** After a tool call ran: may tell the model something about its result. */
	POST_TOOL_USE("PostToolUse", true),
	/** When a request is submitted, before the model sees it: may refuse it. */
	USER_PROMPT_SUBMIT("UserPromptSubmit", false),
	/** When the task has ended, whichever way. */
	STOP("Stop", false);

	private final String key;
	private final boolean matchesTools;

	HookPoint(String key, boolean matchesTools) {
		this.key = key;
		this.matchesTools = matchesTools;
	}

	public String key() {
		return key;
	}

	/** Whether its hooks have a {@code matcher} on the tool name. */
	public boolean matchesTools() {
		return matchesTools;
	}

	public static Optional<HookPoint> of(String key) {
		for (var point : values()) {
			if (point.key.equals(key)) {
				return Optional.of(point);
			}
		}
		return Optional.empty();
	}
}
