package dev.piassistant.planning.internal.loop;

import java.util.List;

import dev.piassistant.core.agent.Limits;
import dev.piassistant.core.agent.Spend;
import dev.piassistant.core.event.BudgetWarned;
import dev.piassistant.core.event.TaskEstimated;
import dev.piassistant.core.llm.TokenUsage;
import dev.piassistant.planning.internal.context.Conversation;
import dev.piassistant.planning.internal.context.Prompts;
import dev.piassistant.planning.internal.context.Tokens;

/**
 * What a task spends against its caps: a warning at {@link Limits#WARNING_SHARE} of a cap, and an estimate of
 * the plan's cost before it runs. (The hard stop is in {@link ConversationTurn}, before each call.)
 */
final class Budgets {

	/** Model turns a step takes on average: a tool call or two, then the summary. */
	static final int TURNS_PER_STEP = 3;
	/** Tokens each turn adds to the conversation and writes, roughly. */
	static final int TOKENS_PER_TURN = 600;

	private Budgets() {
	}

	static void warnIfNeeded(TaskContext context, TaskFacts facts) {
		var spent = facts.snapshot().spent();
		var limits = context.settings.limits();
		if (!facts.warned() && spent.share(limits) >= Limits.WARNING_SHARE) {
			context.recorder.record(new BudgetWarned(context.session, context.recorder.now(), context.task, spent, limits));
		}
	}

	/** Records the expected cost of the plan's remaining steps: each turn re-reads the growing conversation. */
	static void estimate(TaskContext context, TaskFacts facts) {
		var plan = facts.snapshot().plan();
		var remaining = plan.leaves().size() - plan.finishedCount();
		var conversation = Conversation.of(context.recorder.events(), context.task, facts.sessionTasks());
		var base = Tokens.of(conversation.messages(Prompts.system(context.services.workspace(), "", "", plan)), List.of());
		long input = 0;
		long output = 0;
		var turns = remaining * TURNS_PER_STEP;
		for (int turn = 0; turn < turns; turn++) {
			input += base + (long) turn * TOKENS_PER_TURN;
			output += TOKENS_PER_TURN / 2;
		}
		var price = context.services.settings().modelInfo(context.settings.model()).price();
		var usage = new TokenUsage((int) Math.min(Integer.MAX_VALUE, input), (int) Math.min(Integer.MAX_VALUE, output));
		var estimate = new Spend(input, output, price.cost(usage));
		context.recorder.record(new TaskEstimated(context.session, context.recorder.now(), context.task, estimate,
				context.settings.limits()));
	}
}
