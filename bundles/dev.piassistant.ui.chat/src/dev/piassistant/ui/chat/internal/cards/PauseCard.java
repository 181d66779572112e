package dev.piassistant.ui.chat.internal.cards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.piassistant.core.agent.Answer;
import dev.piassistant.ui.chat.internal.model.PauseItem;
import dev.piassistant.ui.text.PauseReasonText;

/** The task paused to ask whether to go on: why, Continue (with optional guidance) or Stop. */
public final class PauseCard extends Card<PauseItem> {

	private final Label reason;
	private final Composite controls;
	private final Text guidance;
	private final Button proceed;
	private final Button stop;
	private final Label answer;

	PauseCard(Composite parent, CardContext context, PauseItem item) {
		super(parent, context, item);
		var box = new Composite(root, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
		GridLayoutFactory.fillDefaults().margins(8, 6).spacing(4, 4).applyTo(box);
		reason = CardStyle.bold(CardStyle.wrapping(box, ""));
		controls = new Composite(box, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(controls);
		GridLayoutFactory.fillDefaults().numColumns(3).spacing(6, 4).applyTo(controls);
		CardStyle.wrapping(controls, PauseReasonText.hint()).setLayoutData(
				GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(10, SWT.DEFAULT).create());
		guidance = new Text(controls, SWT.BORDER | SWT.SINGLE);
		guidance.setMessage(Messages.Pause_guidanceHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(60, SWT.DEFAULT).applyTo(guidance);
		proceed = CardStyle.button(controls, Messages.Pause_continue, this::proceed);
		stop = CardStyle.button(controls, Messages.Pause_stop, this::stop);
		answer = CardStyle.muted(CardStyle.wrapping(box, ""));
		CardStyle.paint(box, CardStyle.tint(parent, CardStyle.Tint.ATTENTION));
		show(item);
	}

	@Override
	protected void show(PauseItem current) {
		var step = current.stepName();
		reason.setText(NLS.bind(Messages.Pause_title,
				PauseReasonText.message(current.reason(), id -> step.isEmpty() ? id.value() : step)));
		CardStyle.visible(controls, current.open());
		proceed.setEnabled(current.open());
		stop.setEnabled(current.open());
		var answered = answered(current);
		answer.setText(answered);
		CardStyle.visible(answer, !current.open() && !answered.isEmpty());
	}

	private static String answered(PauseItem item) {
		var given = item.answer();
		if (given instanceof Answer.Proceed go) {
			return go.guidance().isBlank() ? Messages.Pause_continued : NLS.bind(Messages.Pause_continuedGuidance, go.guidance());
		}
		if (given instanceof Answer.Approve) {
			return Messages.Pause_continued;
		}
		if (given instanceof Answer.Stop || given instanceof Answer.Deny) {
			return Messages.Pause_stopped;
		}
		return item.open() ? "" : Messages.Pause_unanswered;
	}

	public void proceed() {
		send(new Answer.Proceed(guidance.getText().strip()));
	}

	public void stop() {
		send(new Answer.Stop());
	}

	private void send(Answer given) {
		proceed.setEnabled(false);
		stop.setEnabled(false);
		context.actions().answer(item().question(), given);
	}

	public Button proceedButton() {
		return proceed;
	}

	public Button stopButton() {
		return stop;
	}

	public Text guidance() {
		return guidance;
	}

	public String reasonText() {
		return reason.getText();
	}

	public String answerText() {
		return answer.getText();
	}
}
