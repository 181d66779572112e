package dev.piassistant.ui.chat.internal.cards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

import dev.piassistant.core.agent.CallOutcome;
import dev.piassistant.core.event.ToolCallEnded;
import dev.piassistant.core.plan.StepState;
import dev.piassistant.ui.chat.internal.model.ArgumentSummary;
import dev.piassistant.ui.chat.internal.model.ToolCallItem;
import dev.piassistant.ui.text.DurationText;

/**
 * A tool call in one line (tool, arguments in brief, state); Details opens the full arguments and output.
 * A result that is not what the step expected says so even while collapsed.
 */
public final class ToolCallCard extends Card<ToolCallItem> {

	private static final int MAX_OUTPUT = 20_000;

	private final Label marker;
	private final Label name;
	private final Label state;
	private final Label summary;
	private final Label diverged;
	private final Link toggle;
	private final Link undo;
	private final Composite details;
	private final Label arguments;
	private final Label output;
	private boolean expanded;

	ToolCallCard(Composite parent, CardContext context, ToolCallItem item) {
		super(parent, context, item);
		var line = new Composite(root, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(line);
		GridLayoutFactory.fillDefaults().numColumns(5).spacing(6, 0).applyTo(line);
		marker = new Label(line, SWT.NONE);
		name = CardStyle.bold(new Label(line, SWT.NONE));
		state = CardStyle.muted(CardStyle.wrapping(line, ""));
		toggle = CardStyle.link(line, Messages.Call_details, this::toggle);
		undo = CardStyle.link(line, Messages.Call_undo, () -> context.actions().undoCall(item().task(), item().call().id(), item().call().name()));
		undo.setToolTipText(Messages.Call_undoTooltip);
		summary = CardStyle.monospace(CardStyle.muted(CardStyle.wrapping(root, "")));
		diverged = CardStyle.wrapping(root, "");
		KeptColours.foreground(diverged, root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		details = new Composite(root, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).indent(12, 0).applyTo(details);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(details);
		CardStyle.bold(CardStyle.wrapping(details, Messages.Call_arguments));
		arguments = CardStyle.monospace(CardStyle.wrapping(details, ""));
		CardStyle.bold(CardStyle.wrapping(details, Messages.Call_result));
		output = CardStyle.monospace(CardStyle.wrapping(details, ""));
		CardStyle.visible(details, false);
		CardStyle.paint(root, parent.getBackground());
		show(item);
	}

	@Override
	protected void show(ToolCallItem current) {
		var ended = current.ended();
		var look = look(current);
		marker.setText(StepMarkers.of(look));
		KeptColours.foreground(marker, StepMarkers.colour(root.getDisplay(), look));
		name.setText(current.call().name());
		state.setText(stateText(current));
		summary.setText(current.summary());
		CardStyle.visible(summary, !current.summary().isEmpty());
		var judgement = ended == null ? null : ended.judgement();
		var showDivergence = judgement != null && judgement.diverged();
		diverged.setText(showDivergence ? NLS.bind(Messages.Call_diverged, judgement.detail()) : "");
		CardStyle.visible(diverged, showDivergence);
		arguments.setText(ArgumentSummary.full(current.call().arguments()));
		output.setText(ended == null ? Messages.Call_noResult : clip(ended.result().output()));
		CardStyle.visible(undo, current.undoable() && ended != null);
	}

	/** Calls look like steps: running, done, failed. */
	private static StepState look(ToolCallItem item) {
		var ended = item.ended();
		if (ended == null) {
			return item.state() == ToolCallItem.State.INTERRUPTED ? StepState.BLOCKED : StepState.RUNNING;
		}
		return switch (ended.outcome()) {
		case COMPLETED -> ended.result().isError() ? StepState.FAILED : StepState.DONE;
		case FAILED, INVALID, INTERRUPTED -> StepState.FAILED;
		case DENIED, CANCELLED -> StepState.SKIPPED;
		};
	}

	private static String stateText(ToolCallItem item) {
		var ended = item.ended();
		if (ended != null) {
			return outcome(ended);
		}
		return switch (item.state()) {
		case AWAITING_APPROVAL -> Messages.Call_waiting;
		case INTERRUPTED -> Messages.Call_interrupted;
		case RUNNING, ENDED -> Messages.Call_running;
		};
	}

	private static String outcome(ToolCallEnded ended) {
		var text = Messages.of("Call_", ended.outcome());
		return ended.outcome() == CallOutcome.COMPLETED || ended.outcome() == CallOutcome.FAILED
				? NLS.bind(text, DurationText.ofMillis(ended.durationMillis()))
				: text;
	}

	private static String clip(String text) {
		return text.length() <= MAX_OUTPUT ? text : text.substring(0, MAX_OUTPUT) + "\n\u2026";
	}

	/** Opens or closes the full arguments and output. */
	public void toggle() {
		expanded = !expanded;
		CardStyle.visible(details, expanded);
		toggle.setText(expanded ? Messages.Call_hide : Messages.Call_details);
		context.relayout().run();
	}

	public boolean expanded() {
		return expanded;
	}

	public String toolName() {
		return name.getText();
	}

	public String summaryText() {
		return summary.getText();
	}

	public String stateText() {
		return state.getText();
	}

	public String divergence() {
		return diverged.getText();
	}

	public Link undoLink() {
		return undo;
	}

	public String output() {
		return output.getText();
	}
}
