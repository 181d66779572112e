package dev.piassistant.core.event;

/**
 * Something a tool call tells the log while it runs, through {@link dev.piassistant.core.tool.ToolContext#record}:
 * the changes it proposes and how their review ended.
 */
public sealed interface ToolEvent extends TaskEvent permits ChangesProposed, ChangesReviewed {

	/** The call it belongs to. */
	String callId();
}
