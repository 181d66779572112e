package dev.piassistant.cli.internal.render;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;

import dev.piassistant.cli.internal.Messages;
import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.PlanAuthor;
import dev.piassistant.core.plan.PlanDiff;
import dev.piassistant.core.plan.PlanRevision;
import dev.piassistant.core.plan.Step;

/** A plan as an indented tree with each step's state; a revision also says what changed since the last one. */
public final class PlanPrinter {

	private final Style style;

	public PlanPrinter(Style style) {
		this.style = style;
	}

	/** The lines for a revision; {@code previous} is the plan before it, or empty for the first. */
	public List<String> lines(PlanRevision revision, Plan previous) {
		var lines = new ArrayList<String>();
		lines.add(style.bold(heading(revision)));
		var diff = PlanDiff.between(previous, revision.plan());
		lines.addAll(tree(revision.plan(), revision.number() > 1 ? diff : null));
		if (revision.number() > 1) {
			var before = new StepLabels(previous);
			for (var removed : diff.removed()) {
				lines.add("  " + style.dim(NLS.bind(Messages.Plan_removed, before.label(removed))));
			}
		}
		return lines;
	}

	/** The steps as a tree with their states. */
	public List<String> tree(Plan plan) {
		return tree(plan, null);
	}

	private List<String> tree(Plan plan, @Nullable PlanDiff diff) {
		var labels = new StepLabels(plan);
		return plan.all().stream().map(step -> line(step, labels, diff)).toList();
	}

	private static String heading(PlanRevision revision) {
		if (revision.number() == 1) {
			var steps = revision.plan().leaves().size();
			return steps == 1 ? Messages.Plan_firstOne : NLS.bind(Messages.Plan_first, steps);
		}
		var who = revision.author() == PlanAuthor.USER ? Messages.Plan_byUser : Messages.Plan_byAgent;
		var heading = NLS.bind(Messages.Plan_revised, revision.number(), who);
		return revision.reason().isBlank() ? heading : heading + ": " + StepLabels.oneLine(revision.reason());
	}

	private String line(Step step, StepLabels labels, @Nullable PlanDiff diff) {
		var indent = "  ".repeat(1 + labels.depth(step.id()));
		var text = indent + style.state(step.state()) + " " + labels.label(step.id());
		if (diff != null && diff.added().contains(step.id())) {
			text += " " + style.accent(Messages.Plan_new);
		} else if (diff != null && (diff.changed().contains(step.id()) || diff.moved().contains(step.id()))) {
			text += " " + style.accent(Messages.Plan_changed);
		}
		return text;
	}
}
