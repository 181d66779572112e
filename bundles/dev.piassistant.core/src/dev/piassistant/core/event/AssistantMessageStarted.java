package dev.piassistant.core.event;

import java.time.Instant;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.CallPurpose;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.plan.StepId;

/**
 * The assistant began answering {@code replyTo} with {@code model}.
 *
 * @param task    the task the call serves (null in logs written before tasks existed)
 * @param step    the plan step it works on, if any
 * @param purpose what the call is for (null in older logs: an answer)
 */
public record AssistantMessageStarted(SessionId session, Instant at, MessageId message, MessageId replyTo,
		ModelRef model, @Nullable TaskId task, @Nullable StepId step, @Nullable CallPurpose purpose) implements AgentEvent {

	public AssistantMessageStarted {
		purpose = purpose == null ? CallPurpose.ANSWER : purpose;
	}

	/** A plain answer outside any task. */
	public AssistantMessageStarted(SessionId session, Instant at, MessageId message, MessageId replyTo, ModelRef model) {
		this(session, at, message, replyTo, model, null, null, CallPurpose.ANSWER);
	}
}
