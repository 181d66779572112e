package dev.piassistant.ui.chat.internal.cards;

import java.util.Arrays;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.GrantScope;
import dev.piassistant.ui.chat.internal.model.ApprovalItem;

/**
 * The agent asks to make a call: what it will do, its risk and the rule that asked; Approve with a reach
 * (once, this task, this chat, 10 minutes) or Deny with an optional reason. Once answered, the answer.
 */
public final class ApprovalCard extends Card<ApprovalItem> {

	/** How long a timed grant from this card lasts. */
	static final long TIMED_MINUTES = 10;

	private final Composite box;
	private final Label title;
	private final Label summary;
	private final Label risk;
	private final Composite controls;
	private final Combo scope;
	private final Button approve;
	private final Text note;
	private final Button deny;
	private final Label answer;

	ApprovalCard(Composite parent, CardContext context, ApprovalItem item) {
		super(parent, context, item);
		box = new Composite(root, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
		GridLayoutFactory.fillDefaults().margins(8, 6).spacing(4, 4).applyTo(box);
		title = CardStyle.bold(CardStyle.wrapping(box, ""));
		summary = CardStyle.monospace(CardStyle.wrapping(box, ""));
		risk = CardStyle.wrapping(box, "");
		controls = new Composite(box, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(controls);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 4).applyTo(controls);
		scope = new Combo(controls, SWT.READ_ONLY);
		scope.setItems(Arrays.stream(GrantScope.values()).map(value -> Messages.of("Scope_", value)).toArray(String[]::new));
		scope.select(0);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(scope);
		approve = CardStyle.button(controls, Messages.Approval_approve, this::approve);
		note = new Text(controls, SWT.BORDER | SWT.SINGLE);
		note.setMessage(Messages.Approval_noteHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(60, SWT.DEFAULT).applyTo(note);
		deny = CardStyle.button(controls, Messages.Approval_deny, this::deny);
		GridDataFactory.fillDefaults().applyTo(approve);
		GridDataFactory.fillDefaults().applyTo(deny);
		answer = CardStyle.muted(CardStyle.wrapping(box, ""));
		CardStyle.paint(box, CardStyle.tint(parent, CardStyle.Tint.ATTENTION));
		show(item);
	}

	@Override
	protected void show(ApprovalItem current) {
		title.setText(NLS.bind(Messages.Approval_title, current.call().name()));
		summary.setText(current.summary());
		risk.setText(NLS.bind(Messages.Approval_risk, Messages.of("Risk_", current.risk()), current.rule()));
		CardStyle.visible(controls, current.open());
		approve.setEnabled(current.open());
		deny.setEnabled(current.open());
		var answered = answered(current);
		answer.setText(answered);
		CardStyle.visible(answer, !current.open() && !answered.isEmpty());
	}

	private static String answered(ApprovalItem item) {
		var given = item.answer();
		if (given instanceof Answer.Approve yes) {
			return NLS.bind(Messages.Approval_approved, Messages.of("Scope_", yes.scope()).toLowerCase(java.util.Locale.ROOT));
		}
		if (given instanceof Answer.Deny no) {
			return no.note().isBlank() ? Messages.Approval_denied : NLS.bind(Messages.Approval_deniedNote, no.note());
		}
		return item.open() ? "" : Messages.Approval_unanswered;
	}

	/** Approves with the reach chosen in the list. */
	public void approve() {
		var chosen = GrantScope.values()[Math.max(0, scope.getSelectionIndex())];
		send(new Answer.Approve(chosen, chosen == GrantScope.TIMED ? TIMED_MINUTES : 0));
	}

	public void deny() {
		send(new Answer.Deny(note.getText().strip()));
	}

	private void send(Answer given) {
		approve.setEnabled(false);
		deny.setEnabled(false);
		context.actions().answer(item().question(), given);
	}

	public Combo scope() {
		return scope;
	}

	public Text note() {
		return note;
	}

	public Button approveButton() {
		return approve;
	}

	public Button denyButton() {
		return deny;
	}

	public String answerText() {
		return answer.getText();
	}
}
