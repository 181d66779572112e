package dev.piassistant.ui.plan.internal.model;

import java.util.ArrayList;
import java.util.List;

import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.PlanDiff;
import dev.piassistant.core.plan.Step;
import dev.piassistant.core.plan.StepId;

/** The difference between two revisions as rows to read: each step added, removed, moved or changed. */
public final class RevisionChanges {

	public enum Kind {
		ADDED, REMOVED, MOVED, CHANGED
	}

	/**
	 * @param before the step's text in the earlier revision (for removed and changed steps)
	 * @param after  the step's text in the later revision (for added, moved and changed steps)
	 */
	public record Row(Kind kind, StepId step, String before, String after) {
	}

	private RevisionChanges() {
	}

	public static List<Row> between(Plan before, Plan after) {
		var diff = PlanDiff.between(before, after);
		var rows = new ArrayList<Row>();
		diff.added().forEach(id -> rows.add(new Row(Kind.ADDED, id, "", text(after, id))));
		diff.removed().forEach(id -> rows.add(new Row(Kind.REMOVED, id, text(before, id), "")));
		diff.moved().forEach(id -> rows.add(new Row(Kind.MOVED, id, text(before, id), text(after, id))));
		diff.changed().forEach(id -> rows.add(changed(before, after, id)));
		return rows;
	}

	/** A short count of the changes, such as "+1 −2 ↕1 ✎3". */
	public static String summary(Plan before, Plan after) {
		var diff = PlanDiff.between(before, after);
		var parts = new ArrayList<String>();
		if (!diff.added().isEmpty()) {
			parts.add("+" + diff.added().size());
		}
		if (!diff.removed().isEmpty()) {
			parts.add("\u2212" + diff.removed().size());
		}
		if (!diff.moved().isEmpty()) {
			parts.add("\u2195" + diff.moved().size());
		}
		if (!diff.changed().isEmpty()) {
			parts.add("\u270e" + diff.changed().size());
		}
		return String.join(" ", parts);
	}

	/** A reworded step shows its text; one whose text stayed shows what changed besides (its expectation, say). */
	private static Row changed(Plan before, Plan after, StepId id) {
		var old = text(before, id);
		var now = text(after, id);
		if (old.equals(now)) {
			old = before.find(id).map(Step::expected).orElse("");
			now = after.find(id).map(Step::expected).orElse("");
			if (old.equals(now)) {
				old = before.find(id).map(step -> step.dependsOn().toString()).orElse("");
				now = after.find(id).map(step -> step.dependsOn().toString()).orElse("");
			}
		}
		return new Row(Kind.CHANGED, id, old, now);
	}

	private static String text(Plan plan, StepId id) {
		return plan.find(id).map(RevisionChanges::describe).orElse("");
	}

	private static String describe(Step step) {
		var flags = step.flags().isEmpty() ? "" : " " + step.flags().stream().map(Enum::name).sorted().toList();
		return step.description() + flags;
	}
}
