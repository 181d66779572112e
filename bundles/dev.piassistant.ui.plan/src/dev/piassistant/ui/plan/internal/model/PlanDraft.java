package dev.piassistant.ui.plan.internal.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.PlanDiff;
import dev.piassistant.core.plan.Step;
import dev.piassistant.core.plan.StepFlag;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.core.plan.StepState;

/**
 * The plan as the user edits it, with undo and redo. While nothing is changed it follows the agent's plan;
 * once changed, it keeps the user's version (with the agent's live step states) until it is saved as a
 * revision or reverted. Steps that have started are fixed: they cannot be removed, moved or reworded.
 * Confined to one thread.
 */
public final class PlanDraft {

	/** Where a dropped step goes relative to the step it is dropped on. */
	public enum Drop {
		BEFORE, AFTER, INTO
	}

	private static final String NEW_PREFIX = "u";

	private Plan base = Plan.EMPTY;
	private Plan plan = Plan.EMPTY;
	private final Deque<Plan> undo = new ArrayDeque<>();
	private final Deque<Plan> redo = new ArrayDeque<>();
	private int nextNumber = 1;

	public Plan plan() {
		return plan;
	}

	/** Whether the user's plan differs from the agent's in anything but step states. */
	public boolean isDirty() {
		return !PlanDiff.between(base, plan).isEmpty() || !base.constraints().equals(plan.constraints());
	}

	/**
	 * Takes in the agent's current plan. A clean draft becomes it; an edited one keeps the user's steps and
	 * takes the live states and tool calls of the steps both have.
	 */
	public void follow(Plan live) {
		var wasDirty = isDirty();
		base = live;
		live.all().forEach(this::reserve);
		if (!wasDirty) {
			plan = live;
			undo.clear();
			redo.clear();
			return;
		}
		var states = new HashMap<StepId, Step>();
		live.all().forEach(step -> states.put(step.id(), step));
		plan = new Plan(withLive(plan.steps(), states), plan.constraints());
	}

	private static List<Step> withLive(List<Step> level, Map<StepId, Step> live) {
		return level.stream().map(step -> {
			var now = live.get(step.id());
			var children = withLive(step.children(), live);
			var state = now == null ? step.state() : now.state();
			var calls = now == null ? step.toolCalls() : now.toolCalls();
			return new Step(step.id(), step.description(), step.expected(), state, step.flags(), step.dependsOn(), calls, children);
		}).toList();
	}

	/** Keeps new step ids clear of every id a plan of the task ever had (earlier revisions included). */
	public void knowIds(Plan earlier) {
		earlier.all().forEach(this::reserve);
	}

	/** Drops the user's changes: the draft is the agent's plan again. */
	public void revert() {
		change(base);
	}

	/** Whether a step has not started, so the user may still move, remove or reword it. */
	public boolean isEditable(StepId id) {
		return plan.find(id).map(step -> StepTrees.all(List.of(step)).stream()
				.allMatch(inner -> inner.state() == StepState.PENDING || inner.state() == StepState.BLOCKED)).orElse(false);
	}

	/** Adds a pending step after {@code after} (as its sibling), or at the end; returns its id. */
	public StepId add(@Nullable StepId after, String description, String expected) {
		var step = new Step(new StepId(NEW_PREFIX + nextNumber++), description, expected, StepState.PENDING, Set.of(), List.of(),
				List.of(), List.of());
		var place = after == null ? Optional.<StepTrees.Place>empty() : StepTrees.placeOf(plan.steps(), after);
		var steps = place.map(where -> StepTrees.inserted(plan.steps(), where.parent(), where.index() + 1, step))
				.orElseGet(() -> StepTrees.inserted(plan.steps(), null, Integer.MAX_VALUE, step));
		change(withSteps(steps));
		return step.id();
	}

	public boolean remove(StepId id) {
		if (!isEditable(id)) {
			return false;
		}
		var steps = StepTrees.without(plan.steps(), id);
		steps = StepTrees.all(steps).stream().filter(step -> step.dependsOn().contains(id)).map(Step::id)
				.reduce(steps, (tree, dependent) -> StepTrees.mapped(tree, dependent,
						step -> withDependencies(step, step.dependsOn().stream().filter(dep -> !dep.equals(id)).toList())),
						(a, b) -> a);
		change(withSteps(steps));
		return true;
	}

	/** Moves a step one place up ({@code -1}) or down ({@code +1}) among its siblings. */
	public boolean move(StepId id, int by) {
		var place = StepTrees.placeOf(plan.steps(), id);
		if (place.isEmpty() || !isEditable(id)) {
			return false;
		}
		var siblings = StepTrees.childrenOf(plan.steps(), place.get().parent());
		var target = place.get().index() + by;
		if (target < 0 || target >= siblings.size()) {
			return false;
		}
		var step = siblings.get(place.get().index());
		var steps = StepTrees.inserted(StepTrees.without(plan.steps(), id), place.get().parent(), target, step);
		change(withSteps(steps));
		return true;
	}

	/** Makes a step the last child of the sibling before it. */
	public boolean indent(StepId id) {
		var place = StepTrees.placeOf(plan.steps(), id);
		if (place.isEmpty() || place.get().index() == 0 || !isEditable(id)) {
			return false;
		}
		var group = StepTrees.childrenOf(plan.steps(), place.get().parent()).get(place.get().index() - 1);
		return moveTo(id, group.id(), Drop.INTO);
	}

	/** Moves a step out of its group, to just after the group. */
	public boolean outdent(StepId id) {
		var place = StepTrees.placeOf(plan.steps(), id);
		var parent = place.map(StepTrees.Place::parent).orElse(null);
		if (parent == null) {
			return false;
		}
		return moveTo(id, parent, Drop.AFTER);
	}

	/** Moves a step before, after or into another (as its last child), as drag and drop does. */
	public boolean moveTo(StepId id, StepId target, Drop where) {
		var step = plan.find(id);
		if (step.isEmpty() || !isEditable(id) || StepTrees.within(step.get(), target)) {
			return false;
		}
		var rest = StepTrees.without(plan.steps(), id);
		var place = StepTrees.placeOf(rest, target);
		if (place.isEmpty()) {
			return false;
		}
		var steps = switch (where) {
		case BEFORE -> StepTrees.inserted(rest, place.get().parent(), place.get().index(), step.get());
		case AFTER -> StepTrees.inserted(rest, place.get().parent(), place.get().index() + 1, step.get());
		case INTO -> StepTrees.inserted(rest, target, Integer.MAX_VALUE, step.get());
		};
		change(withSteps(steps));
		return true;
	}

	public boolean edit(StepId id, String description, String expected) {
		var step = plan.find(id);
		if (step.isEmpty() || !isEditable(id) || description.isBlank()
				|| (step.get().description().equals(description) && step.get().expected().equals(expected))) {
			return false;
		}
		change(withSteps(StepTrees.mapped(plan.steps(), id, old -> new Step(old.id(), description.strip(), expected.strip(),
				old.state(), old.flags(), old.dependsOn(), old.toolCalls(), old.children()))));
		return true;
	}

	/** Sets or clears a flag (skip, ask me first) on a step that has not started. */
	public boolean flag(StepId id, StepFlag flag, boolean on) {
		var step = plan.find(id);
		if (step.isEmpty() || !isEditable(id) || step.get().has(flag) == on) {
			return false;
		}
		var flags = step.get().flags().isEmpty() ? EnumSet.noneOf(StepFlag.class) : EnumSet.copyOf(step.get().flags());
		if (on) {
			flags.add(flag);
		} else {
			flags.remove(flag);
		}
		change(withSteps(StepTrees.mapped(plan.steps(), id, old -> old.withFlags(flags))));
		return true;
	}

	/** Sets what a step waits for; refused when it would make a cycle. */
	public boolean dependOn(StepId id, List<StepId> dependencies) {
		if (plan.find(id).isEmpty() || !isEditable(id) || DependencyGraph.wouldCycle(plan, id, dependencies)) {
			return false;
		}
		change(withSteps(StepTrees.mapped(plan.steps(), id, old -> withDependencies(old, dependencies))));
		return true;
	}

	public boolean addConstraint(String constraint) {
		if (constraint.isBlank()) {
			return false;
		}
		var constraints = new ArrayList<>(plan.constraints());
		constraints.add(constraint.strip());
		change(new Plan(plan.steps(), constraints));
		return true;
	}

	public boolean removeConstraint(int index) {
		if (index < 0 || index >= plan.constraints().size()) {
			return false;
		}
		var constraints = new ArrayList<>(plan.constraints());
		constraints.remove(index);
		change(new Plan(plan.steps(), constraints));
		return true;
	}

	public boolean canUndo() {
		return !undo.isEmpty();
	}

	public boolean canRedo() {
		return !redo.isEmpty();
	}

	public void undo() {
		if (canUndo()) {
			redo.push(plan);
			plan = undo.pop();
		}
	}

	public void redo() {
		if (canRedo()) {
			undo.push(plan);
			plan = redo.pop();
		}
	}

	private void change(Plan changed) {
		undo.push(plan);
		redo.clear();
		plan = changed;
	}

	private Plan withSteps(List<Step> steps) {
		return new Plan(steps, plan.constraints());
	}

	private static Step withDependencies(Step step, List<StepId> dependencies) {
		return new Step(step.id(), step.description(), step.expected(), step.state(), step.flags(), dependencies,
				step.toolCalls(), step.children());
	}

	/** New steps get ids the task has never used: "u" and a number above any seen. */
	private void reserve(Step step) {
		var value = step.id().value();
		if (value.startsWith(NEW_PREFIX)) {
			try {
				nextNumber = Math.max(nextNumber, Integer.parseInt(value.substring(NEW_PREFIX.length())) + 1);
			} catch (NumberFormatException e) {
				// Not one of ours.
			}
		}
	}
}
