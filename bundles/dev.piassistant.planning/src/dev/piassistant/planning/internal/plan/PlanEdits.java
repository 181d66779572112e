package dev.piassistant.planning.internal.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.Step;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.core.plan.StepState;

/** Turns the planning tools' arguments into plans, and merges revisions with what already ran. */
public final class PlanEdits {

	private PlanEdits() {
	}

	/** The first plan, from {@code propose_plan}'s arguments (already valid against its schema). */
	public static Plan proposed(JsonNode arguments, StepIds ids) {
		var constraints = new ArrayList<String>();
		arguments.path("constraints").forEach(item -> constraints.add(item.asText()));
		return new Plan(steps(arguments.path("steps"), ids, Map.of()), constraints);
	}

	/**
	 * The plan after {@code revise_plan}: finished steps stay where they were, the remaining ones are replaced by
	 * the model's new steps. A new step that names an unfinished step's id keeps that step (and its state if it
	 * is running); other ids are taken as new steps.
	 */
	public static Plan revised(Plan current, JsonNode arguments, StepIds ids) {
		var reusable = current.leaves().stream().filter(step -> !step.state().isFinished())
				.collect(Collectors.toMap(Step::id, Function.identity()));
		var kept = finishedOnly(current.steps());
		kept.addAll(steps(arguments.path("steps"), ids, reusable));
		return new Plan(kept, current.constraints());
	}

	/**
	 * The user's plan, with the states the steps have now: finished and running steps keep theirs, every other
	 * step is pending. Steps new to the plan without an id get one.
	 */
	public static Plan fromUser(Plan current, Plan edited) {
		return new Plan(edited.steps().stream().map(step -> keepState(current, step)).toList(), edited.constraints());
	}

	private static Step keepState(Plan current, Step step) {
		var children = step.children().stream().map(child -> keepState(current, child)).toList();
		var state = current.find(step.id()).map(Step::state)
				.filter(existing -> existing.isFinished() || existing == StepState.RUNNING).orElse(StepState.PENDING);
		return new Step(step.id(), step.description(), step.expected(), state, step.flags(), step.dependsOn(),
				current.find(step.id()).map(Step::toolCalls).orElse(List.of()), children);
	}

	private static List<Step> finishedOnly(List<Step> level) {
		var kept = new ArrayList<Step>();
		for (var step : level) {
			if (step.isLeaf()) {
				if (step.state().isFinished()) {
					kept.add(step);
				}
			} else {
				var children = finishedOnly(step.children());
				if (!children.isEmpty()) {
					kept.add(step.withChildren(children));
				}
			}
		}
		return kept;
	}

	private static List<Step> steps(JsonNode items, StepIds ids, Map<StepId, Step> reusable) {
		var used = new HashSet<StepId>();
		var steps = new ArrayList<Step>();
		for (var item : items) {
			steps.add(step(item, ids, reusable, used));
		}
		return steps;
	}

	private static Step step(JsonNode item, StepIds ids, Map<StepId, Step> reusable, Set<StepId> used) {
		var named = item.path("id").asText("").strip();
		var existing = named.isEmpty() ? null : reusable.get(new StepId(named));
		var id = existing != null && used.add(existing.id()) ? existing.id() : ids.next();
		var state = existing != null && id.equals(existing.id()) && existing.state() == StepState.RUNNING ? StepState.RUNNING
				: StepState.PENDING;
		var children = new ArrayList<Step>();
		for (var child : item.path("children")) {
			children.add(step(child, ids, reusable, used));
		}
		var calls = existing != null && id.equals(existing.id()) ? existing.toolCalls() : List.<String>of();
		return new Step(id, item.path("description").asText().strip(), item.path("expected").asText("").strip(), state,
				Set.of(), List.of(), calls, children);
	}
}
