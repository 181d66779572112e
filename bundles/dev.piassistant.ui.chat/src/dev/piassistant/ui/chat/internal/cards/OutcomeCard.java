package dev.piassistant.ui.chat.internal.cards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.core.event.TaskFailed;
import dev.piassistant.ui.chat.internal.model.OutcomeItem;
import dev.piassistant.ui.text.SpendText;
import dev.piassistant.ui.text.TaskProblemText;
import dev.piassistant.ui.text.DurationText;

/**
 * How a task ended, in a line with what it spent; a failed task also says what went wrong and what to do,
 * with Send again and, where settings are at fault, the Providers page.
 */
public final class OutcomeCard extends Card<OutcomeItem> {

	private final Label line;
	private final Link undo;
	private Composite problem;
	private String problemText = "";

	OutcomeCard(Composite parent, CardContext context, OutcomeItem item) {
		super(parent, context, item);
		line = CardStyle.muted(CardStyle.wrapping(root, ""));
		undo = CardStyle.link(root, Messages.Outcome_undo, () -> context.actions().undoTask(item().task()));
		undo.setToolTipText(Messages.Outcome_undoTooltip);
		show(item);
	}

	@Override
	protected void show(OutcomeItem current) {
		CardStyle.visible(undo, current.undoable());
		var took = DurationText.of(current.took());
		var spent = SpendText.of(current.ended().spent());
		if (current.ended() instanceof TaskCompleted) {
			line.setText("\u2714 " + done(took, current.toolCalls(), spent));
		} else if (current.ended() instanceof TaskFailed failed) {
			line.setText(NLS.bind(Messages.Outcome_failed, took, spent));
			showProblem(failed, current.prompt());
		} else {
			line.setText(NLS.bind(Messages.Outcome_cancelled, took, spent));
		}
	}

	private static String done(String took, int calls, String spent) {
		if (calls == 0) {
			return NLS.bind(Messages.Outcome_done, took, spent);
		}
		return calls == 1 ? NLS.bind(Messages.Outcome_doneCall, took, spent)
				: NLS.bind(Messages.Outcome_doneCalls, new Object[] { took, calls, spent });
	}

	private void showProblem(TaskFailed failed, String prompt) {
		if (problem != null) {
			return;
		}
		var cause = failed.problem();
		problem = new Composite(root, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(problem);
		GridLayoutFactory.fillDefaults().margins(6, 4).applyTo(problem);
		problemText = TaskProblemText.message(cause) + "\n" + TaskProblemText.hint(cause);
		ProblemBox.fill(problem, TaskProblemText.message(cause), TaskProblemText.hint(cause),
				() -> context.actions().sendAgain(prompt),
				TaskProblemText.concernsSettings(cause) ? context.actions()::openProviders : null);
	}

	public Link undoLink() {
		return undo;
	}

	public String lineText() {
		return line.getText();
	}

	public String problemText() {
		return problemText;
	}
}
