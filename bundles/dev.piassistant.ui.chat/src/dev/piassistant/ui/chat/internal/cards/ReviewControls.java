package dev.piassistant.ui.chat.internal.cards;

import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Approve and Run / Decline (with an optional reason) under a plan the user reviews; then the answer. */
public final class ReviewControls {

	private final Composite controls;
	private final Label answer;
	private final Text note;
	private final Button approve;
	private final Button decline;

	ReviewControls(Composite parent, Runnable onApprove, Consumer<String> onDecline) {
		controls = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(controls);
		GridLayoutFactory.fillDefaults().numColumns(3).spacing(6, 4).applyTo(controls);
		CardStyle.wrapping(controls, Messages.Plan_ask).setLayoutData(
				GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(10, SWT.DEFAULT).create());
		approve = CardStyle.button(controls, Messages.Plan_approve, onApprove);
		note = new Text(controls, SWT.BORDER | SWT.SINGLE);
		note.setMessage(Messages.Plan_declineHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(60, SWT.DEFAULT).applyTo(note);
		decline = CardStyle.button(controls, Messages.Plan_decline, () -> onDecline.accept(note.getText().strip()));
		answer = CardStyle.muted(CardStyle.wrapping(parent, ""));
		show(false, "");
	}

	void show(boolean open, String answered) {
		CardStyle.visible(controls, open);
		approve.setEnabled(open);
		decline.setEnabled(open);
		answer.setText(answered);
		CardStyle.visible(answer, !open && !answered.isEmpty());
	}

	/** A click was sent; the answer shows once the agent logs it. */
	void busy() {
		approve.setEnabled(false);
		decline.setEnabled(false);
	}

	public Button approveButton() {
		return approve;
	}

	public Button declineButton() {
		return decline;
	}

	public Text note() {
		return note;
	}

	public String answerText() {
		return answer.getText();
	}
}
