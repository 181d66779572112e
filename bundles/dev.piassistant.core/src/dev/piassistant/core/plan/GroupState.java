package dev.piassistant.core.plan;

import java.util.List;

/** The state of a group of steps follows from its children's. */
final class GroupState {

	private GroupState() {
	}

	static StepState of(List<Step> children) {
		if (children.stream().anyMatch(child -> child.state() == StepState.RUNNING)) {
			return StepState.RUNNING;
		}
		if (children.stream().anyMatch(child -> child.state() == StepState.FAILED)) {
			return StepState.FAILED;
		}
		if (children.stream().anyMatch(child -> child.state() == StepState.BLOCKED)) {
			return StepState.BLOCKED;
		}
		if (children.stream().allMatch(child -> child.state() == StepState.SKIPPED)) {
			return StepState.SKIPPED;
		}
		if (children.stream().allMatch(child -> child.state().isFinished())) {
			return StepState.DONE;
		}
		return children.stream().anyMatch(child -> child.state().isFinished()) ? StepState.RUNNING : StepState.PENDING;
	}
}
