package dev.piassistant.ui.chat.internal.model;

import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.Limits;
import dev.piassistant.core.agent.Spend;

/** The task has spent most of what its limits allow. */
public record BudgetItem(TaskId task, int number, Spend spent, Limits limits) implements TranscriptItem {

	@Override
	public String key() {
		return "budget:" + task + ":" + number;
	}
}
