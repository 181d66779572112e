package dev.piassistant.ui.chat.internal.model;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.QuestionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.PauseReason;

/**
 * The task stopped to ask whether to go on.
 *
 * @param stepName the description of the step the reason names, if it names one
 */
public record PauseItem(TaskId task, QuestionId question, PauseReason reason, String stepName, boolean open,
		@Nullable Answer answer) implements TranscriptItem {

	@Override
	public String key() {
		return "pause:" + question;
	}
}
