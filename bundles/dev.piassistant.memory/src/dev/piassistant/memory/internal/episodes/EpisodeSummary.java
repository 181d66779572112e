package dev.piassistant.memory.internal.episodes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.piassistant.core.agent.CallOutcome;
import dev.piassistant.core.agent.TaskProblem;
import dev.piassistant.core.agent.TaskSnapshot;
import dev.piassistant.core.event.TaskCancelled;
import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.core.event.TaskFailed;
import dev.piassistant.core.plan.PlanAuthor;
import dev.piassistant.core.plan.Step;

/**
 * What is kept of a task, told from its events alone (no model is asked): what was asked, the plan and how each
 * step went, the tools used, the files named in tool calls, the decisions (plan revisions and their reasons),
 * the outcome and the final answer.
 */
public record EpisodeSummary(String prompt, String outcome, String text, List<String> files, Map<String, Integer> tools,
		List<String> decisions) {

	static final int ANSWER_CHARS = 800;
	private static final ObjectMapper JSON = new ObjectMapper();

	public static EpisodeSummary of(TaskSnapshot task) {
		var outcome = outcome(task);
		var tools = new LinkedHashMap<String, Integer>();
		var failed = 0;
		var files = new LinkedHashSet<String>();
		for (var call : task.calls().values()) {
			tools.merge(call.call().name(), 1, Integer::sum);
			failed += call.outcome().map(o -> o == CallOutcome.FAILED ? 1 : 0).orElse(0);
			paths(call.call().arguments(), files);
		}
		var decisions = task.revisions().stream().filter(revision -> revision.number() > 1 && !revision.reason().isBlank())
				.map(revision -> (revision.author() == PlanAuthor.USER ? "The user: " : "") + revision.reason().strip()).toList();
		var text = new StringBuilder("Asked: ").append(task.prompt().strip()).append("\nOutcome: ").append(outcome);
		if (task.hasPlan()) {
			text.append("\nPlan:");
			task.plan().leaves().forEach(step -> text.append("\n- [").append(state(step)).append("] ").append(step.description()));
		}
		if (!tools.isEmpty()) {
			var used = new ArrayList<String>();
			tools.forEach((name, count) -> used.add(name + (count > 1 ? " \u00d7" + count : "")));
			text.append("\nTools: ").append(String.join(", ", used)).append(failed > 0 ? " (" + failed + " failed)" : "");
		}
		if (!files.isEmpty()) {
			text.append("\nFiles: ").append(String.join(", ", files));
		}
		decisions.forEach(decision -> text.append("\nDecided: ").append(decision));
		var answer = answer(task);
		if (!answer.isBlank()) {
			text.append("\nAnswer: ").append(answer.length() <= ANSWER_CHARS ? answer : answer.substring(0, ANSWER_CHARS) + "\u2026");
		}
		return new EpisodeSummary(task.prompt().strip(), outcome, text.toString(), List.copyOf(files), tools, decisions);
	}

	private static String state(Step step) {
		return step.state().name().toLowerCase(java.util.Locale.ROOT);
	}

	private static String outcome(TaskSnapshot task) {
		var ending = task.ending().orElse(null);
		if (ending instanceof TaskCompleted) {
			return "completed";
		}
		if (ending instanceof TaskCancelled) {
			return "cancelled";
		}
		if (ending instanceof TaskFailed failed) {
			return "failed: " + problem(failed.problem());
		}
		return "interrupted";
	}

	private static String problem(TaskProblem problem) {
		if (problem instanceof TaskProblem.BudgetExhausted) {
			return "budget reached";
		}
		if (problem instanceof TaskProblem.PlanDeclined) {
			return "plan declined";
		}
		if (problem instanceof TaskProblem.ProviderFailed) {
			return "the model could not be reached";
		}
		return problem.getClass().getSimpleName();
	}

	private static String answer(TaskSnapshot task) {
		if (task.ending().orElse(null) instanceof TaskCompleted completed && !completed.summary().isBlank()) {
			return completed.summary().strip();
		}
		return task.lastText().strip();
	}

	/** String arguments that name files: keys with "path" or "file" in them. */
	private static void paths(String arguments, Set<String> files) {
		try {
			collect(JSON.readTree(arguments), "", files);
		} catch (java.io.IOException e) {
			// Arguments that are not JSON name no files.
		}
	}

	private static void collect(JsonNode node, String key, Set<String> files) {
		if (node.isTextual() && (key.contains("path") || key.contains("file")) && !node.asText().isBlank()) {
			files.add(node.asText().strip());
		} else if (node.isArray()) {
			node.forEach(element -> collect(element, key, files));
		} else if (node.isObject()) {
			node.fields().forEachRemaining(field -> collect(field.getValue(), field.getKey().toLowerCase(java.util.Locale.ROOT), files));
		}
	}
}
