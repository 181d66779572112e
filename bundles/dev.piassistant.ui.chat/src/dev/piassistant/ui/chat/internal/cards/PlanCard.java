package dev.piassistant.ui.chat.internal.cards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.event.TaskEstimated;
import dev.piassistant.core.plan.PlanAuthor;
import dev.piassistant.core.plan.Step;
import dev.piassistant.core.plan.StepState;
import dev.piassistant.ui.chat.internal.model.PlanItem;
import dev.piassistant.ui.text.SpendText;

/**
 * A plan revision: its steps as an indented tree with state markers (the running step in bold, failed ones
 * in red), who made it and why, progress, and Approve and Run / Decline while the user reviews it.
 */
public final class PlanCard extends Card<PlanItem> {

	private final Label title;
	private final Label progress;
	private final Label reason;
	private final Label estimate;
	private final Composite steps;
	private final Label replaced;
	private final ReviewControls review;
	private final Link openPlan;
	private final List<Label> stepLabels = new ArrayList<>();

	PlanCard(Composite parent, CardContext context, PlanItem item) {
		super(parent, context, item);
		var box = new Composite(root, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
		GridLayoutFactory.fillDefaults().margins(8, 6).spacing(4, 3).applyTo(box);
		title = CardStyle.bold(CardStyle.wrapping(box, ""));
		progress = CardStyle.muted(CardStyle.wrapping(box, ""));
		reason = CardStyle.wrapping(box, "");
		estimate = CardStyle.muted(CardStyle.wrapping(box, ""));
		steps = new Composite(box, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(steps);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(steps);
		replaced = CardStyle.muted(CardStyle.wrapping(box, ""));
		openPlan = new Link(box, SWT.NONE);
		openPlan.setText("<a>" + Messages.Plan_open + "</a>");
		openPlan.addListener(SWT.Selection, event -> context.actions().openPlan(item().task()));
		CardStyle.visible(openPlan, context.actions().canOpenPlan());
		review = new ReviewControls(box, this::approve, this::decline);
		CardStyle.paint(box, CardStyle.tint(parent, CardStyle.Tint.PLAN));
		show(item);
	}

	@Override
	protected void show(PlanItem current) {
		var revision = current.revision();
		var by = revision.author() == PlanAuthor.USER ? Messages.Plan_byUser : Messages.Plan_byAgent;
		title.setText(revision.number() == 1 && revision.author() == PlanAuthor.AGENT ? Messages.Plan_first
				: NLS.bind(Messages.Plan_revision, revision.number(), by));
		progress.setText(NLS.bind(Messages.Plan_progress, current.finished(), current.total()));
		reason.setText(revision.reason().isBlank() ? "" : NLS.bind(Messages.Plan_reason, revision.reason().strip()));
		CardStyle.visible(reason, !revision.reason().isBlank());
		replaced.setText(current.current() ? "" : NLS.bind(Messages.Plan_replaced, revision.number() + 1));
		CardStyle.visible(replaced, !current.current());
		CardStyle.visible(progress, current.current());
		var expected = current.estimate();
		estimate.setText(expected == null ? "" : estimate(expected));
		CardStyle.visible(estimate, expected != null && current.current());
		CardStyle.visible(steps, current.current());
		if (current.current()) {
			drawSteps(current);
		}
		review.show(current.openReview() != null, answered(current.reviewAnswer()));
		CardStyle.paint(steps, steps.getParent().getBackground());
	}

	private static String estimate(TaskEstimated expected) {
		var caps = SpendText.caps(expected.limits());
		var cost = SpendText.of(expected.estimate());
		return caps.isEmpty() ? NLS.bind(Messages.Plan_estimate, cost) : NLS.bind(Messages.Plan_estimateCaps, cost, caps);
	}

	private void drawSteps(PlanItem current) {
		CardStyle.empty(steps);
		stepLabels.clear();
		for (var step : current.plan().steps()) {
			drawStep(step, 0);
		}
		for (var constraint : current.plan().constraints()) {
			CardStyle.muted(CardStyle.wrapping(steps, NLS.bind(Messages.Plan_constraint, constraint)));
		}
	}

	/** A row per step: its marker and text, indented by its depth in the tree. */
	private void drawStep(Step step, int depth) {
		var row = new Composite(steps, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).indent(depth * 18, 0).applyTo(row);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 0).applyTo(row);
		var marker = new Label(row, SWT.NONE);
		marker.setText(StepMarkers.of(step.state()));
		KeptColours.foreground(marker, StepMarkers.colour(steps.getDisplay(), step.state()));
		marker.setToolTipText(Messages.of("Step_", step.state()));
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(marker);
		var text = CardStyle.wrapping(row, step.description());
		text.setToolTipText(step.expected());
		if (step.state() == StepState.RUNNING) {
			CardStyle.bold(text);
		} else if (step.state() == StepState.FAILED) {
			KeptColours.foreground(text, StepMarkers.colour(steps.getDisplay(), StepState.FAILED));
		} else if (step.state() == StepState.SKIPPED) {
			CardStyle.muted(text);
		}
		stepLabels.add(text);
		for (var child : step.children()) {
			drawStep(child, depth + 1);
		}
	}

	private static String answered(@Nullable Answer answer) {
		if (answer instanceof Answer.Deny deny) {
			return deny.note().isBlank() ? Messages.Plan_declined : NLS.bind(Messages.Plan_declinedNote, deny.note());
		}
		return answer == null ? "" : Messages.Plan_approved;
	}

	private void approve() {
		var question = item().openReview();
		if (question != null) {
			review.busy();
			context.actions().answer(question, Answer.Approve.once());
		}
	}

	private void decline(String note) {
		var question = item().openReview();
		if (question != null) {
			review.busy();
			context.actions().answer(question, new Answer.Deny(note));
		}
	}

	public String titleText() {
		return title.getText();
	}

	public String progressText() {
		return progress.getText();
	}

	/** The step texts as shown, for tests. */
	public List<Label> stepLabels() {
		return List.copyOf(stepLabels);
	}

	public Link openPlanLink() {
		return openPlan;
	}

	public ReviewControls review() {
		return review;
	}
}
