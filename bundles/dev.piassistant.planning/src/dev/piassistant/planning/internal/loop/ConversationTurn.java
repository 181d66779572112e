package dev.piassistant.planning.internal.loop;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.PiHome;
import dev.piassistant.core.agent.CallOutcome;
import dev.piassistant.core.agent.CallPurpose;
import dev.piassistant.core.agent.TaskProblem;
import dev.piassistant.core.event.ModelFailedOver;
import dev.piassistant.core.llm.ChatRequest;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.ToolSpec;
import dev.piassistant.core.plan.Step;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.planning.internal.context.Conversation;
import dev.piassistant.planning.internal.context.MemoryContext;
import dev.piassistant.planning.internal.context.ProjectInstructions;
import dev.piassistant.planning.internal.context.Prompts;
import dev.piassistant.planning.internal.context.Tokens;
import dev.piassistant.planning.internal.plan.PlanTools;
import dev.piassistant.planning.internal.routing.ModelRouter;
import dev.piassistant.planning.internal.skills.SkillTool;
import dev.piassistant.planning.internal.skills.Skills;

/**
 * One turn of the task's conversation with the model: checks the budget, picks the model, compacts the
 * context if it would not fit, caps the answer at what the budget has left, and fails over to the fallback
 * model when the chosen one fails.
 */
final class ConversationTurn {

	/** The longest answer asked for when the budget does not limit it further; 0 leaves it to the provider. */
	private static final int UNCAPPED = 0;
	private static final int MAX_CAPPED_OUTPUT = 16_384;

	private final TaskContext context;
	private @Nullable String instructions;
	private @Nullable Skills skills;
	/** Tool sizes in characters, by the very tool objects the registry hands out (the same for every call). */
	private final Map<ToolSpec, Long> toolSizes = new IdentityHashMap<>();
	private final Map<String, String> memoryContexts = new java.util.HashMap<>();

	ConversationTurn(TaskContext context) {
		this.context = context;
	}

	/** What the memory recalls for the request (key "") and for each step (by id), asked once per task run. */
	private String memory(TaskFacts facts, @Nullable Step step) {
		var key = step == null ? "" : step.id().value();
		return memoryContexts.computeIfAbsent(key, k -> MemoryContext.of(context.services.memory().get(),
				step == null ? facts.snapshot().prompt() : step.description() + "\n" + step.expected()));
	}

	/** The project's pinned instructions, read once per task run. */
	private String instructions() {
		var read = instructions;
		if (read == null) {
			read = ProjectInstructions.read(context.services.workspace());
			instructions = read;
		}
		return read;
	}

	/** The skills on offer, found once per task run. */
	private Skills skills() {
		var found = skills;
		if (found == null) {
			found = Skills.discover(PiHome.directory(), context.services.workspace());
			skills = found;
		}
		return found;
	}

	/** Takes one turn; returns without a turn recorded only when it failed over (the loop simply goes again). */
	void take(TaskFacts facts, @Nullable Step step) throws CancelledException, TaskFailure {
		var spent = facts.snapshot().spent();
		var limits = context.settings.limits();
		if (spent.reaches(limits)) {
			throw new TaskFailure(new TaskProblem.BudgetExhausted(spent, limits));
		}
		var purpose = step == null ? CallPurpose.ANSWER : CallPurpose.STEP;
		var work = step == null ? facts.snapshot().prompt() : step.description();
		var model = ModelRouter.choose(context.settings, context.services.settings().routing(),
				new ModelRouter.Call(purpose, work, facts.snapshot().hasPlan(), lastDiverged(facts)), facts.failedModels());
		var tools = tools(facts.snapshot().hasPlan());
		var offer = skills().isEmpty() ? "" : Prompts.skillsOffer(skills().skills());
		var system = Prompts.system(context.services.workspace(), instructions(), offer, memory(facts, step), facts.snapshot().plan());
		var conversation = Conversation.of(context.recorder.events(), context.task, facts.sessionTasks());
		var window = context.services.settings().modelInfo(model).contextWindow();
		if (Compactor.needed(Tokens.of(conversation.messages(system), toolChars(tools)), window)
				&& Compactor.compact(context, conversation, system, tools)) {
			conversation = Conversation.of(context.recorder.events(), context.task, facts.sessionTasks());
		}
		var chat = new ChatRequest(model, conversation.messages(system), tools, outputCap(spent.tokens(), limits.maxTokens()));
		var outcome = context.call(step == null ? null : step.id(), purpose, chat);
		if (outcome instanceof ModelTurn.Failed failed) {
			failOver(facts, model, failed);
		}
	}

	private long toolChars(List<ToolSpec> tools) {
		return tools.stream().mapToLong(tool -> toolSizes.computeIfAbsent(tool, Tokens::length)).sum();
	}

	private List<ToolSpec> tools(boolean planned) {
		var specs = new ArrayList<ToolSpec>();
		// The skill tool is offered only when there is a skill to load.
		context.services.tools().tools().stream().filter(tool -> !tool.name().equals(SkillTool.NAME) || !skills().isEmpty())
				.map(Tool::spec).forEach(specs::add);
		specs.add(planned ? PlanTools.REVISE : PlanTools.PROPOSE);
		return specs;
	}

	/** The answer may use what the token cap has left, so that a call overshoots it by its input at most. */
	static int outputCap(long spentTokens, long maxTokens) {
		if (maxTokens <= 0) {
			return UNCAPPED;
		}
		var left = maxTokens - spentTokens;
		return left >= MAX_CAPPED_OUTPUT ? UNCAPPED : (int) Math.max(1, left);
	}

	/** Whether the last tool call went wrong: then the next turn is debugging, work for the large model. */
	private static boolean lastDiverged(TaskFacts facts) {
		return facts.snapshot().calls().values().stream().reduce((first, second) -> second).flatMap(call -> call.ended())
				.map(ended -> ended.judgement().diverged() || ended.outcome() == CallOutcome.FAILED).orElse(false);
	}

	private void failOver(TaskFacts facts, ModelRef model, ModelTurn.Failed failed) throws TaskFailure {
		var fallback = context.services.settings().routing().fallback();
		if (fallback == null || fallback.equals(model) || facts.failedModels().contains(fallback)
				|| facts.failedModels().contains(model)) {
			throw new TaskFailure(new TaskProblem.ProviderFailed(failed.error()));
		}
		context.recorder.record(new ModelFailedOver(context.session, context.recorder.now(), context.task, model, fallback,
				failed.error()));
	}
}
