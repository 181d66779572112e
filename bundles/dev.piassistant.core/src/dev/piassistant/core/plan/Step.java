package dev.piassistant.core.plan;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One step of a plan.
 *
 * @param description what to do
 * @param expected    what should be true afterwards; the agent judges its results against it
 * @param state       where the step is
 * @param flags       what the user asked of it
 * @param dependsOn   steps that must be finished first, besides the ones before it
 * @param toolCalls   the ids of the tool calls made for it, in order
 * @param children    sub-steps; a step with children is done when they are
 */
public record Step(StepId id, String description, String expected, StepState state, Set<StepFlag> flags,
		List<StepId> dependsOn, List<String> toolCalls, List<Step> children) {

	public Step {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(description, "description");
		expected = expected == null ? "" : expected;
		state = state == null ? StepState.PENDING : state;
		flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
		dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
		toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
		children = children == null ? List.of() : List.copyOf(children);
	}

	/** A new pending step without flags, dependencies or children. */
	public static Step of(String id, String description, String expected) {
		return new Step(new StepId(id), description, expected, StepState.PENDING, Set.of(), List.of(), List.of(), List.of());
	}

	public boolean has(StepFlag flag) {
		return flags.contains(flag);
	}

	public boolean isLeaf() {
		return children.isEmpty();
	}

	public Step withState(StepState newState) {
		return new Step(id, description, expected, newState, flags, dependsOn, toolCalls, children);
	}

	public Step withFlags(Set<StepFlag> newFlags) {
		return new Step(id, description, expected, state, newFlags, dependsOn, toolCalls, children);
	}

	public Step withChildren(List<Step> newChildren) {
		return new Step(id, description, expected, state, flags, dependsOn, toolCalls, newChildren);
	}

	public Step withToolCall(String callId) {
		var calls = new java.util.ArrayList<>(toolCalls);
		calls.add(callId);
		return new Step(id, description, expected, state, flags, dependsOn, calls, children);
	}

	/** Whether what the user wrote (text, expectation, flags, dependencies) is the same; state is not compared. */
	public boolean sameContent(Step other) {
		return description.equals(other.description) && expected.equals(other.expected) && flags.equals(other.flags)
				&& dependsOn.equals(other.dependsOn);
	}

	Step mapChildren(UnaryOperator<Step> change) {
		return withChildren(children.stream().map(change).toList());
	}
}
