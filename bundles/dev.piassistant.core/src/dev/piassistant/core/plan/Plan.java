package dev.piassistant.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The steps of a task, as a tree, and the constraints the user added. Steps run depth first, in order;
 * a step with children is a group and is done when its children are.
 */
public record Plan(List<Step> steps, List<String> constraints) {

	public static final Plan EMPTY = new Plan(List.of(), List.of());

	public Plan {
		steps = steps == null ? List.of() : List.copyOf(steps);
		constraints = constraints == null ? List.of() : List.copyOf(constraints);
	}

	public Plan(List<Step> steps) {
		this(steps, List.of());
	}

	/** Every step, depth first: each group before its children. */
	public List<Step> all() {
		var all = new ArrayList<Step>();
		collect(steps, all);
		return all;
	}

	private static void collect(List<Step> level, List<Step> into) {
		for (var step : level) {
			into.add(step);
			collect(step.children(), into);
		}
	}

	/** The steps that do the work: those without children, in the order they run. */
	public List<Step> leaves() {
		return all().stream().filter(Step::isLeaf).toList();
	}

	public Optional<Step> find(StepId id) {
		return all().stream().filter(step -> step.id().equals(id)).findFirst();
	}

	/** The group a step is in, if it is not at the top level. */
	public Optional<Step> parentOf(StepId id) {
		return all().stream().filter(step -> step.children().stream().anyMatch(child -> child.id().equals(id))).findFirst();
	}

	/** This plan with one step changed, wherever it is in the tree; group states follow their children. */
	public Plan with(StepId id, UnaryOperator<Step> change) {
		return new Plan(replace(steps, id, change), constraints);
	}

	private static List<Step> replace(List<Step> level, StepId id, UnaryOperator<Step> change) {
		return level.stream().map(step -> {
			if (step.id().equals(id)) {
				return change.apply(step);
			}
			if (step.isLeaf()) {
				return step;
			}
			var group = step.withChildren(replace(step.children(), id, change));
			return group.withState(GroupState.of(group.children()));
		}).toList();
	}

	/** The next leaf to run: the first pending one whose dependencies are finished. */
	public Optional<Step> next() {
		return leaves().stream().filter(step -> step.state() == StepState.PENDING).filter(this::dependenciesFinished)
				.findFirst();
	}

	private boolean dependenciesFinished(Step step) {
		return step.dependsOn().stream().map(this::find)
				.allMatch(dependency -> dependency.map(found -> found.state().isFinished()).orElse(true));
	}

	/** Whether every step that does work is finished. */
	public boolean isFinished() {
		return leaves().stream().allMatch(step -> step.state().isFinished());
	}

	/** How many working steps are finished, for progress. */
	public int finishedCount() {
		return (int) leaves().stream().filter(step -> step.state().isFinished()).count();
	}
}
