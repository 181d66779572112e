package dev.piassistant.core.agent;

import java.util.Optional;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.event.ToolCallEnded;
import dev.piassistant.core.llm.ToolCall;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.core.tool.Risk;

/**
 * One tool call as its events tell it.
 *
 * @param ended how it ended; empty while it waits for approval or runs (or when the IDE was killed meanwhile)
 */
public record CallSnapshot(ToolCall call, @Nullable StepId step, @Nullable Risk risk, Optional<ToolCallEnded> ended) {

	public Optional<CallOutcome> outcome() {
		return ended.map(ToolCallEnded::outcome);
	}
}
