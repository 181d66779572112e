package dev.piassistant.ui.plan.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.plan.Step;
import dev.piassistant.core.plan.StepId;

/** Operations on an immutable tree of steps: where a step is, taking it out, putting it in. */
final class StepTrees {

	/** Where a step sits: its group (null at the top level) and its index among its siblings. */
	record Place(@Nullable StepId parent, int index) {
	}

	private StepTrees() {
	}

	static Optional<Place> placeOf(List<Step> level, StepId id) {
		return placeOf(level, id, null);
	}

	private static Optional<Place> placeOf(List<Step> level, StepId id, @Nullable StepId parent) {
		for (int i = 0; i < level.size(); i++) {
			var step = level.get(i);
			if (step.id().equals(id)) {
				return Optional.of(new Place(parent, i));
			}
			var inside = placeOf(step.children(), id, step.id());
			if (inside.isPresent()) {
				return inside;
			}
		}
		return Optional.empty();
	}

	/** The siblings of a group (the top level for null). */
	static List<Step> childrenOf(List<Step> level, @Nullable StepId parent) {
		if (parent == null) {
			return level;
		}
		return find(level, parent).map(Step::children).orElse(List.of());
	}

	static Optional<Step> find(List<Step> level, StepId id) {
		for (var step : level) {
			if (step.id().equals(id)) {
				return Optional.of(step);
			}
			var inside = find(step.children(), id);
			if (inside.isPresent()) {
				return inside;
			}
		}
		return Optional.empty();
	}

	/** The tree without the step (and its children). */
	static List<Step> without(List<Step> level, StepId id) {
		var kept = new ArrayList<Step>();
		for (var step : level) {
			if (!step.id().equals(id)) {
				kept.add(step.isLeaf() ? step : step.withChildren(without(step.children(), id)));
			}
		}
		return kept;
	}

	/** The tree with the step inserted into a group (the top level for null) at an index, clamped. */
	static List<Step> inserted(List<Step> level, @Nullable StepId parent, int index, Step step) {
		if (parent == null) {
			var copy = new ArrayList<>(level);
			copy.add(Math.max(0, Math.min(index, copy.size())), step);
			return copy;
		}
		return mapped(level, parent, group -> group.withChildren(inserted(group.children(), null, index, step)));
	}

	/** The tree with one step changed wherever it is. */
	static List<Step> mapped(List<Step> level, StepId id, UnaryOperator<Step> change) {
		return level.stream().map(step -> {
			if (step.id().equals(id)) {
				return change.apply(step);
			}
			return step.isLeaf() ? step : step.withChildren(mapped(step.children(), id, change));
		}).toList();
	}

	/** Every step, each group before its children. */
	static List<Step> all(List<Step> level) {
		var all = new ArrayList<Step>();
		for (var step : level) {
			all.add(step);
			all.addAll(all(step.children()));
		}
		return all;
	}

	/** Whether {@code inner} is {@code outer} or lies inside it. */
	static boolean within(Step outer, StepId inner) {
		return outer.id().equals(inner) || outer.children().stream().anyMatch(child -> within(child, inner));
	}
}
