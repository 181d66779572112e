package dev.piassistant.ui.chat.internal.cards;

import org.eclipse.swt.widgets.Composite;

import dev.piassistant.ui.chat.internal.model.ApprovalItem;
import dev.piassistant.ui.chat.internal.model.AssistantMessageItem;
import dev.piassistant.ui.chat.internal.model.BudgetItem;
import dev.piassistant.ui.chat.internal.model.InterruptedItem;
import dev.piassistant.ui.chat.internal.model.NoticeItem;
import dev.piassistant.ui.chat.internal.model.OutcomeItem;
import dev.piassistant.ui.chat.internal.model.PauseItem;
import dev.piassistant.ui.chat.internal.model.PlanItem;
import dev.piassistant.ui.chat.internal.model.ToolCallItem;
import dev.piassistant.ui.chat.internal.model.TranscriptItem;
import dev.piassistant.ui.chat.internal.model.UserMessageItem;

/** Makes the card for an item: one card class per kind. */
public final class Cards {

	private Cards() {
	}

	public static Card<?> create(Composite parent, CardContext context, TranscriptItem item) {
		if (item instanceof UserMessageItem user) {
			return new UserMessageCard(parent, context, user);
		} else if (item instanceof AssistantMessageItem answer) {
			return new AssistantMessageCard(parent, context, answer);
		} else if (item instanceof PlanItem plan) {
			return new PlanCard(parent, context, plan);
		} else if (item instanceof ToolCallItem call) {
			return new ToolCallCard(parent, context, call);
		} else if (item instanceof ApprovalItem approval) {
			return new ApprovalCard(parent, context, approval);
		} else if (item instanceof BudgetItem budget) {
			return new BudgetCard(parent, context, budget);
		} else if (item instanceof PauseItem pause) {
			return new PauseCard(parent, context, pause);
		} else if (item instanceof OutcomeItem outcome) {
			return new OutcomeCard(parent, context, outcome);
		} else if (item instanceof NoticeItem notice) {
			return new NoticeCard(parent, context, notice);
		}
		return new InterruptedCard(parent, context, (InterruptedItem) item);
	}

	/** Whether a new card asks something of the user or says what went wrong, so it must come into view. */
	public static boolean needsReading(Card<?> card) {
		return card instanceof OutcomeCard outcome && !outcome.problemText().isEmpty() || card instanceof ApprovalCard
				|| card instanceof PauseCard || card instanceof BudgetCard;
	}
}
