package dev.piassistant.ui.plan.internal.editor;

import dev.piassistant.core.plan.StepState;

/** A mark per step state, readable without colour. */
final class StateMarkers {

	private StateMarkers() {
	}

	static String of(StepState state) {
		return switch (state) {
		case PENDING -> "\u25cb";
		case RUNNING -> "\u25b6";
		case BLOCKED -> "\u23f8";
		case DONE -> "\u2713";
		case FAILED -> "\u2717";
		case SKIPPED -> "\u21b7";
		};
	}
}
