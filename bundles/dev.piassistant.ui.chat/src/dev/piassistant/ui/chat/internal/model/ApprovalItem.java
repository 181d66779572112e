package dev.piassistant.ui.chat.internal.model;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.QuestionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.llm.ToolCall;
import dev.piassistant.core.tool.Risk;

/**
 * The agent asks to make a tool call.
 *
 * @param rule   what asked: the permission policy's rule or the approval mode
 * @param open   whether the running task waits for this answer now
 * @param answer the user's answer, once given
 */
public record ApprovalItem(TaskId task, QuestionId question, ToolCall call, Risk risk, String rule, boolean open,
		@Nullable Answer answer) implements TranscriptItem {

	@Override
	public String key() {
		return "approval:" + question;
	}

	public String summary() {
		return ArgumentSummary.of(call.arguments());
	}
}
