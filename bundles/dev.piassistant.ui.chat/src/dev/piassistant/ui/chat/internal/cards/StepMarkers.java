package dev.piassistant.ui.chat.internal.cards;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

import dev.piassistant.core.plan.StepState;

/** The marker before a step, and its colour: a glance at the plan says where it stands. */
final class StepMarkers {

	private StepMarkers() {
	}

	static String of(StepState state) {
		return switch (state) {
		case PENDING -> "\u25cb";
		case RUNNING -> "\u25b6";
		case BLOCKED -> "\u2016";
		case DONE -> "\u2714";
		case FAILED -> "\u2718";
		case SKIPPED -> "\u2013";
		};
	}

	static Color colour(Display display, StepState state) {
		return switch (state) {
		case RUNNING -> display.getSystemColor(SWT.COLOR_LINK_FOREGROUND);
		case DONE -> display.getSystemColor(SWT.COLOR_DARK_GREEN);
		case FAILED -> display.getSystemColor(SWT.COLOR_DARK_RED);
		case PENDING, BLOCKED, SKIPPED -> display.getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW);
		};
	}
}
