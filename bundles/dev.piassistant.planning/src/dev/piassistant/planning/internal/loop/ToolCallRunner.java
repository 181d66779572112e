package dev.piassistant.planning.internal.loop;

import java.util.List;
import java.util.Optional;

import org.eclipse.jdt.annotation.Nullable;

import com.fasterxml.jackson.databind.JsonNode;

import dev.piassistant.core.QuestionId;
import dev.piassistant.core.agent.AgentTools;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.checkpoint.Checkpoint;
import dev.piassistant.core.checkpoint.CheckpointException;
import dev.piassistant.core.agent.CallOutcome;
import dev.piassistant.core.agent.Judgement;
import dev.piassistant.core.agent.PauseReason;
import dev.piassistant.core.event.ApprovalRequested;
import dev.piassistant.core.event.PermissionDecided;
import dev.piassistant.core.event.TaskPaused;
import dev.piassistant.core.event.ToolCallEnded;
import dev.piassistant.core.event.ToolCallRequested;
import dev.piassistant.core.llm.ToolCall;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.core.tool.Access;
import dev.piassistant.core.tool.Permission;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.planning.internal.context.Prompts;
import dev.piassistant.planning.internal.json.JsonArguments;

/**
 * Runs one tool call of the model: checks that the tool exists and the arguments fit its schema, stops a call
 * repeated too often, asks the permission policy and, where needed, the user, keeps the files it will change,
 * runs the handler (cancellable), judges the result, and records how it ended. Every way out records exactly one {@link ToolCallEnded}.
 */
final class ToolCallRunner {

	private static final Judgement NOT_RUN = new Judgement(Judgement.Verdict.UNCLEAR, Judgement.Signal.NONE, "");

	private final TaskContext context;
	private final ToolCall call;
	private final @Nullable StepId step;
	private boolean ended;

	private ToolCallRunner(TaskContext context, ToolCall call, @Nullable StepId step) {
		this.context = context;
		this.call = call;
		this.step = step;
	}

	static void run(TaskContext context, TaskFacts.PendingCall pending, @Nullable StepId step) throws CancelledException {
		var call = pending.call();
		var tool = AgentTools.isOwn(call.name()) ? null : context.services.tools().find(call.name()).orElse(null);
		if (!pending.requested()) {
			context.recorder.record(new ToolCallRequested(context.session, context.recorder.now(), context.task, step, call,
					tool == null ? null : tool.risk()));
		}
		if (AgentTools.isOwn(call.name())) {
			PlanCalls.run(context, context.facts(), call, step);
			return;
		}
		new ToolCallRunner(context, call, step).run(tool);
	}

	private void run(@Nullable Tool tool) throws CancelledException {
		try {
			decideAndRun(tool);
		} catch (CancelledException e) {
			if (!ended) {
				end(CallOutcome.CANCELLED, ToolResult.error(Prompts.CANCELLED), 0, NOT_RUN);
			}
			throw e;
		}
	}

	private void decideAndRun(@Nullable Tool tool) throws CancelledException {
		if (tool == null) {
			end(CallOutcome.INVALID, ToolResult.error(Prompts.unknownTool(call.name(),
					context.services.tools().tools().stream().map(Tool::name).toList())), 0, NOT_RUN);
			return;
		}
		var parsed = JsonArguments.parse(call.arguments(), tool.spec().parameters());
		if (parsed instanceof JsonArguments.Invalid invalid) {
			end(CallOutcome.INVALID, ToolResult.error(Prompts.invalid(call.name(), invalid.describe())), 0, NOT_RUN);
			return;
		}
		var arguments = ((JsonArguments.Valid) parsed).value();
		checkRepeats();
		if (isBlockedByHook(arguments)) {
			return;
		}
		var accesses = Permissions.accesses(tool, arguments);
		if (isAllowed(tool, arguments, accesses)) {
			execute(tool, arguments, accesses == null ? List.of() : accesses);
		}
	}

	/** The same call again and again is a loop: pause and ask before running it once more. */
	private void checkRepeats() throws CancelledException {
		var facts = context.facts();
		var times = facts.repeats(call);
		if (times >= context.settings.limits().repeatLimit()) {
			var answer = context.questions.ask(new TaskPaused(context.session, context.recorder.now(), context.task,
					QuestionId.random(), new PauseReason.RepeatedCall(call.name(), call.arguments(), times)));
			if (!TaskFacts.isGoOn(answer)) {
				throw new CancelledException();
			}
		}
	}

	/** Runs the PreToolUse hooks; one that blocks denies the call, and the model is told its reason. */
	private boolean isBlockedByHook(JsonNode arguments) throws CancelledException {
		var block = context.hooks.beforeTool(call, arguments);
		context.checkCancelled();
		if (block == null) {
			return false;
		}
		context.recorder.record(new PermissionDecided(context.session, context.recorder.now(), context.task, step, call.id(),
				call.name(), new Permission.Deny(Prompts.hookRule(block.hook().command()))));
		end(CallOutcome.DENIED, ToolResult.error(Prompts.blockedByHook(block.reason())), 0, NOT_RUN);
		return true;
	}

	/** Asks the permission policy, records its decision, and asks the user when it says so. */
	private boolean isAllowed(Tool tool, JsonNode arguments, @Nullable List<Access> accesses) throws CancelledException {
		var permission = Permissions.check(context, tool, arguments, accesses);
		context.recorder.record(new PermissionDecided(context.session, context.recorder.now(), context.task, step, call.id(),
				call.name(), permission));
		if (permission instanceof Permission.Deny deny) {
			end(CallOutcome.DENIED, ToolResult.error(Prompts.deniedByPolicy(deny.rule())), 0, NOT_RUN);
			return false;
		}
		if (permission instanceof Permission.Allow) {
			return true;
		}
		var ask = (Permission.Ask) permission;
		return decide(context.questions.ask(new ApprovalRequested(context.session, context.recorder.now(), context.task,
				QuestionId.random(), call, tool.risk(), ask.rule(), ask.choices())));
	}

	private boolean decide(Answer answer) throws CancelledException {
		if (answer instanceof Answer.Stop) {
			throw new CancelledException();
		}
		if (answer instanceof Answer.Deny deny) {
			end(CallOutcome.DENIED, ToolResult.error(Prompts.denied(deny.note())), 0, NOT_RUN);
			return false;
		}
		return true;
	}

	private void execute(Tool tool, JsonNode arguments, List<Access> accesses) throws CancelledException {
		context.progress(call.name());
		Optional<Checkpoint> checkpoint;
		try {
			checkpoint = CallCheckpoint.take(context, step, call, accesses);
		} catch (CheckpointException e) {
			end(CallOutcome.FAILED, ToolResult.error(Prompts.checkpointFailed(e.getMessage())), 0, NOT_RUN);
			return;
		}
		var started = System.nanoTime();
		ToolResult result;
		try {
			result = tool.handler().run(new ToolInvocation(call, arguments, new CallContext(context)));
		} catch (InterruptedException e) {
			Thread.interrupted();
			result = ToolResult.error(Prompts.CANCELLED);
		} catch (Exception e) {
			result = ToolResult.error(describe(e));
		} finally {
			CallCheckpoint.written(context, checkpoint);
		}
		var millis = (System.nanoTime() - started) / 1_000_000;
		if (context.cancel.isCancelled()) {
			end(CallOutcome.CANCELLED, ToolResult.error(Prompts.CANCELLED), millis, NOT_RUN);
			throw new CancelledException();
		}
		result = context.hooks.afterTool(call, arguments, result);
		end(result.isError() ? CallOutcome.FAILED : CallOutcome.COMPLETED, result, millis, judge(tool, result));
	}

	private Judgement judge(Tool tool, ToolResult result) throws CancelledException {
		var current = step == null ? null : context.facts().snapshot().plan().find(step).orElse(null);
		var cheap = Reflector.cheap(current, tool.risk(), result);
		if (cheap != null) {
			return cheap;
		}
		return current != null ? Reflector.byModel(context, current, tool.name(), result) : NOT_RUN;
	}

	private void end(CallOutcome outcome, ToolResult result, long millis, Judgement judgement) {
		ended = true;
		context.recorder.record(new ToolCallEnded(context.session, context.recorder.now(), context.task, step, call.id(),
				call.name(), outcome, result, millis, judgement));
	}

	private static String describe(Exception e) {
		var message = e.getMessage();
		return "The tool failed: " + (message == null || message.isBlank() ? e.getClass().getSimpleName() : message);
	}
}
