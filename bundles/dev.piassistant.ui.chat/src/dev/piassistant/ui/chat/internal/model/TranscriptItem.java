package dev.piassistant.ui.chat.internal.model;

/**
 * One card of the transcript. Items are values: when something about a card changes, the controller puts a
 * new item under the same key, so the view compares by identity to find what to redraw.
 */
public sealed interface TranscriptItem permits UserMessageItem, AssistantMessageItem, PlanItem, ToolCallItem,
		ApprovalItem, BudgetItem, PauseItem, OutcomeItem, NoticeItem, InterruptedItem {

	/** Stable for the card's life: the view keeps one card per key. */
	String key();
}
