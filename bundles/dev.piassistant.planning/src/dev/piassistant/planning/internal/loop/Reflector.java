package dev.piassistant.planning.internal.loop;

import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.piassistant.core.agent.CallPurpose;
import dev.piassistant.core.agent.Judgement;
import dev.piassistant.core.agent.Judgement.Signal;
import dev.piassistant.core.agent.Judgement.Verdict;
import dev.piassistant.core.llm.ChatRequest;
import dev.piassistant.core.llm.SystemMessage;
import dev.piassistant.core.llm.UserMessage;
import dev.piassistant.core.plan.Step;
import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.planning.internal.context.Prompts;
import dev.piassistant.planning.internal.routing.ModelRouter;

/**
 * Judges a tool result against what its step expected. Plain signals come first (the tool's error, an exit
 * code, test counts); only a result of running something that has none of them, in a step that says what it
 * expects, is put to a (small) model.
 */
final class Reflector {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final int OUTPUT_FOR_JUDGE = 4_000;

	private Reflector() {
	}

	/** The judgement from the plain signals, or null when only a model can tell. */
	static @Nullable Judgement cheap(@Nullable Step step, Risk risk, ToolResult result) {
		var tests = result.tests();
		var exit = result.exitCode();
		if (tests != null && tests.failed() > 0) {
			return new Judgement(Verdict.DIVERGED, Signal.TESTS, tests.failed() + " of " + tests.run() + " tests failed");
		}
		if (exit != null && exit != 0) {
			return new Judgement(Verdict.DIVERGED, Signal.EXIT_CODE, "exit code " + exit);
		}
		if (result.isError()) {
			return new Judgement(Verdict.DIVERGED, Signal.TOOL_ERROR, firstLine(result.output()));
		}
		if (tests != null) {
			return new Judgement(Verdict.AS_EXPECTED, Signal.TESTS, "all " + tests.run() + " tests passed");
		}
		if (exit != null) {
			return new Judgement(Verdict.AS_EXPECTED, Signal.EXIT_CODE, "exit code 0");
		}
		var checkable = step != null && !step.expected().isBlank() && (risk == Risk.EXECUTE || risk == Risk.NETWORK);
		return checkable ? null : new Judgement(Verdict.AS_EXPECTED, Signal.NO_ERROR, "");
	}

	/** Asks the small model whether the result meets the step's expectation. */
	static Judgement byModel(TaskContext context, Step step, String tool, ToolResult result) throws CancelledException {
		var output = result.output().length() > OUTPUT_FOR_JUDGE ? result.output().substring(0, OUTPUT_FOR_JUDGE) : result.output();
		var model = ModelRouter.choose(context.settings, context.services.settings().routing(),
				new ModelRouter.Call(CallPurpose.JUDGE, "", true, false), context.facts().failedModels());
		var chat = new ChatRequest(model, List.of(new SystemMessage(Prompts.JUDGE),
				new UserMessage(Prompts.judgeQuestion(step, tool, output))), List.of(), 300);
		var outcome = context.call(step.id(), CallPurpose.JUDGE, chat);
		if (outcome instanceof ModelTurn.Completed completed) {
			return parse(completed.event().text());
		}
		return new Judgement(Verdict.UNCLEAR, Signal.NONE, "the model could not be asked to judge the result");
	}

	static Judgement parse(String answer) {
		var start = answer.indexOf('{');
		var end = answer.lastIndexOf('}');
		try {
			var json = JSON.readTree(start >= 0 && end > start ? answer.substring(start, end + 1) : answer);
			if (json != null && json.path("met").isBoolean()) {
				var verdict = json.path("met").asBoolean() ? Verdict.AS_EXPECTED : Verdict.DIVERGED;
				return new Judgement(verdict, Signal.MODEL, json.path("reasoning").asText(""));
			}
		} catch (java.io.IOException e) {
			// Falls through: an unreadable judgement is no judgement.
		}
		return new Judgement(Verdict.UNCLEAR, Signal.MODEL, "the model's judgement could not be read");
	}

	private static String firstLine(String output) {
		var line = output.strip().lines().findFirst().orElse("");
		return line.length() > 200 ? line.substring(0, 200) + "..." : line;
	}
}
