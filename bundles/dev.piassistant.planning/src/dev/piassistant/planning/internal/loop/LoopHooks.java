package dev.piassistant.planning.internal.loop;

import org.eclipse.jdt.annotation.Nullable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.piassistant.core.PiHome;
import dev.piassistant.core.event.HookFailed;
import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.core.event.TaskEnded;
import dev.piassistant.core.event.TaskFailed;
import dev.piassistant.core.llm.ToolCall;
import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.planning.internal.context.Prompts;
import dev.piassistant.planning.internal.hooks.Hook;
import dev.piassistant.planning.internal.hooks.HookOutcome;
import dev.piassistant.planning.internal.hooks.HookPoint;
import dev.piassistant.planning.internal.hooks.HookProcess;
import dev.piassistant.planning.internal.hooks.Hooks;

/**
 * Runs the user's hooks at the task's lifecycle points, on the task's own thread (never the UI's), each with its
 * timeout. A hook that fails is recorded as {@link HookFailed} and the task goes on as if it were not there.
 */
final class LoopHooks {

	/** A hook that blocked, by its command, with its reason. */
	record Block(Hook hook, String reason) {
	}

	private static final ObjectMapper JSON = new ObjectMapper();

	private final TaskContext context;
	private @Nullable Hooks hooks;

	LoopHooks(TaskContext context) {
		this.context = context;
	}

	/** The hooks of this task run, read once; settings that cannot be read are recorded once. */
	private synchronized Hooks hooks() {
		var read = hooks;
		if (read == null) {
			read = Hooks.load(PiHome.directory(), context.services.workspace());
			read.problems().forEach(problem -> failed("", problem.file().toString(), null, problem.reason()));
			hooks = read;
		}
		return read;
	}

	@Nullable
	Block beforeTool(ToolCall call, JsonNode arguments) {
		var input = input(HookPoint.PRE_TOOL_USE).put("tool_name", call.name()).put("tool_use_id", call.id());
		input.set("tool_input", arguments);
		return run(HookPoint.PRE_TOOL_USE, call.name(), call.id(), input);
	}

	/** The result the model sees: the tool's, with what a blocking PostToolUse hook says about it added. */
	ToolResult afterTool(ToolCall call, JsonNode arguments, ToolResult result) {
		var input = input(HookPoint.POST_TOOL_USE).put("tool_name", call.name()).put("tool_use_id", call.id());
		input.set("tool_input", arguments);
		input.putObject("tool_response").put("output", result.output()).put("is_error", result.isError());
		var block = run(HookPoint.POST_TOOL_USE, call.name(), call.id(), input);
		return block == null ? result
				: new ToolResult(result.isError(), result.output() + Prompts.hookFeedback(block.reason()), result.exitCode(), result.tests());
	}

	@Nullable
	Block onPrompt(String prompt) {
		return run(HookPoint.USER_PROMPT_SUBMIT, null, null, input(HookPoint.USER_PROMPT_SUBMIT).put("prompt", prompt));
	}

	void onStop(TaskEnded end) {
		var input = input(HookPoint.STOP).put("outcome",
				end instanceof TaskCompleted ? "completed" : end instanceof TaskFailed ? "failed" : "cancelled");
		if (end instanceof TaskCompleted completed) {
			input.put("summary", completed.summary());
		}
		run(HookPoint.STOP, null, null, input);
	}

	private ObjectNode input(HookPoint point) {
		return JSON.createObjectNode().put("session_id", context.session.value()).put("task_id", context.task.value())
				.put("hook_event_name", point.key()).put("cwd", context.services.workspace().toString());
	}

	/** Runs the point's hooks in order; the first to block stops the rest. */
	private @Nullable Block run(HookPoint point, @Nullable String tool, @Nullable String callId, ObjectNode input) {
		for (var hook : hooks().at(point, tool)) {
			input.put("cwd", hook.directory().toString());
			// A Stop hook runs whatever way the task ended, a stopped task included; the others stop with the task.
			var cancellable = point != HookPoint.STOP;
			var outcome = cancellable ? HookProcess.run(hook, input.toString(), this::whileRunning) : HookProcess.run(hook, input.toString());
			if (cancellable && context.cancel.isCancelled()) {
				return null;
			}
			if (outcome instanceof HookOutcome.Blocked blocked) {
				return new Block(hook, blocked.reason());
			}
			if (outcome instanceof HookOutcome.Failed failure) {
				failed(point.key(), hook.command(), callId, failure.problem());
			}
		}
		return null;
	}

	/** Stops the hook when the task is stopped; returns what forgets that. */
	private Runnable whileRunning(Runnable stop) {
		context.cancel.onCancel(stop);
		return () -> context.cancel.remove(stop);
	}

	private void failed(String point, String command, @Nullable String callId, String problem) {
		System.getLogger(LoopHooks.class.getName()).log(System.Logger.Level.WARNING,
				"A hook failed" + (point.isEmpty() ? "" : " at " + point) + ": " + command + ": " + problem);
		context.recorder.record(new HookFailed(context.session, context.recorder.now(), context.task, point, command, callId, problem));
	}
}
