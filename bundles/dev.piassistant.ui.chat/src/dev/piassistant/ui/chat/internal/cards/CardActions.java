package dev.piassistant.ui.chat.internal.cards;

import dev.piassistant.core.QuestionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.Answer;

/** What the cards ask of the view around them; each runs its agent work in a job. */
public interface CardActions {

	void answer(QuestionId question, Answer answer);

	void sendAgain(String prompt);

	void openProviders();

	void resume(TaskId task);

	/** Whether the Plan editor is installed. */
	boolean canOpenPlan();

	/** Undoes one tool call's changes to files, after showing which; how it went is said on the status line. */
	void undoCall(TaskId task, String callId, String toolName);

	/** Undoes every change to files the task made, after showing which. */
	void undoTask(TaskId task);

	/** Opens the task's plan in the Plan editor. */
	void openPlan(TaskId task);

	/** Puts a code block into the active editor at its cursor, as one change that one Undo takes back. */
	void insertAtCursor(String code);
}
