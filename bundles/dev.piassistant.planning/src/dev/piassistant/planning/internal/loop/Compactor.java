package dev.piassistant.planning.internal.loop;

import java.util.List;

import dev.piassistant.core.agent.CallPurpose;
import dev.piassistant.core.event.ContextCompacted;
import dev.piassistant.core.llm.ChatRequest;
import dev.piassistant.core.llm.SystemMessage;
import dev.piassistant.core.llm.ToolSpec;
import dev.piassistant.core.llm.UserMessage;
import dev.piassistant.planning.internal.context.Conversation;
import dev.piassistant.planning.internal.context.Prompts;
import dev.piassistant.planning.internal.context.Tokens;
import dev.piassistant.planning.internal.context.Transcript;
import dev.piassistant.planning.internal.routing.ModelRouter;

/**
 * Keeps a task within its model's context window: when a request would fill more than {@link #THRESHOLD} of
 * it, the oldest turns of the task are summarized by a (small) model. The instructions (with the project's
 * pinned instructions and the current plan), the request and the latest turns stay word for word.
 */
final class Compactor {

	static final double THRESHOLD = 0.75;
	/** Task messages kept verbatim at the end, at least. */
	static final int KEEP_RECENT = 6;
	private static final int SUMMARY_TOKENS = 1_500;

	private Compactor() {
	}

	static boolean needed(long tokens, int contextWindow) {
		return tokens > THRESHOLD * contextWindow;
	}

	/** Summarizes what can be summarized; returns whether anything was. */
	static boolean compact(TaskContext context, Conversation conversation, String system, List<ToolSpec> tools)
			throws CancelledException {
		var entries = conversation.entries();
		var cut = entries.size() - KEEP_RECENT;
		while (cut > conversation.covered() && !entries.get(cut).boundary()) {
			cut--;
		}
		if (cut <= conversation.covered() + 1) {
			return false;
		}
		var before = Tokens.of(conversation.messages(system), tools);
		var text = Transcript.of(conversation.summary(), entries.subList(conversation.covered(), cut));
		var model = ModelRouter.choose(context.settings, context.services.settings().routing(),
				new ModelRouter.Call(CallPurpose.SUMMARY, "", true, false), context.facts().failedModels());
		var chat = new ChatRequest(model, List.of(new SystemMessage(Prompts.SUMMARIZE), new UserMessage(text)), List.of(),
				SUMMARY_TOKENS);
		var outcome = context.call(null, CallPurpose.SUMMARY, chat);
		if (!(outcome instanceof ModelTurn.Completed completed) || completed.event().text().isBlank()) {
			return false;
		}
		var summary = completed.event().text().strip();
		var removed = Tokens.of(text) - Tokens.of(Prompts.summaryOf(summary));
		context.recorder.record(new ContextCompacted(context.session, context.recorder.now(), context.task, summary, cut,
				before, Math.max(0, before - removed)));
		return true;
	}
}
