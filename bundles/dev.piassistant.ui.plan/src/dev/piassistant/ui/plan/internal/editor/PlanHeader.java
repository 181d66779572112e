package dev.piassistant.ui.plan.internal.editor;

import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Text;

import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.agent.TaskSnapshot;
import dev.piassistant.ui.AgentPreferences;
import dev.piassistant.ui.plan.internal.Messages;
import dev.piassistant.ui.plan.internal.Relayout;

/**
 * The top of the Plan editor: the task, what it is doing, progress over its working steps, its approval
 * mode (and the mode of new tasks), Approve and Run or Decline while the plan waits for review, and the
 * note that goes with the user's next revision.
 */
final class PlanHeader {

	/** What the buttons ask of the editor. */
	interface Actions {
		void save();

		void approve();

		void decline(String note);

		void openTimeline();
	}

	private final Composite root;
	private final Label title;
	private final Label status;
	private final ProgressBar progress;
	private final Label progressText;
	private final Label mode;
	private final Combo newTasks;
	private final Button approve;
	private final Button decline;
	private final Text declineNote;
	private final Text reason;
	private final Button save;
	private final Label message;

	PlanHeader(Composite parent, Actions actions) {
		root = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(root);
		GridLayoutFactory.fillDefaults().numColumns(6).margins(8, 6).spacing(8, 4).applyTo(root);
		title = new Label(root, SWT.WRAP);
		title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.HEADER_FONT));
		GridDataFactory.fillDefaults().grab(true, false).span(6, 1).hint(200, SWT.DEFAULT).applyTo(title);
		status = new Label(root, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(4, 1).hint(200, SWT.DEFAULT).applyTo(status);
		progress = new ProgressBar(root, SWT.HORIZONTAL | SWT.SMOOTH);
		GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).align(SWT.FILL, SWT.CENTER).applyTo(progress);
		progressText = new Label(root, SWT.NONE);
		GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(progressText);

		mode = new Label(root, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(mode);
		new Label(root, SWT.NONE).setText(Messages.Header_newTasks);
		newTasks = new Combo(root, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (var each : ApprovalMode.values()) {
			newTasks.add(Messages.of("Mode_", each));
		}
		newTasks.setToolTipText(Messages.Header_newTasksTooltip);
		newTasks.select(AgentPreferences.approvalMode().ordinal());
		newTasks.addListener(SWT.Selection, event -> AgentPreferences.setApprovalMode(ApprovalMode.values()[newTasks.getSelectionIndex()]));
		approve = button(Messages.Header_approve, actions::approve);
		decline = button(Messages.Header_decline, () -> actions.decline(declineNote().getText().strip()));
		declineNote = new Text(root, SWT.BORDER | SWT.SINGLE);
		declineNote.setMessage(Messages.Header_declineHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(declineNote);

		var reasonLabel = new Label(root, SWT.NONE);
		reasonLabel.setText(Messages.Header_reason);
		reason = new Text(root, SWT.BORDER | SWT.SINGLE);
		reason.setMessage(Messages.Header_reasonHint);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(reason);
		save = button(Messages.Header_save, actions::save);
		button(Messages.Header_timeline, actions::openTimeline);
		message = new Label(root, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(6, 1).hint(200, SWT.DEFAULT).applyTo(message);
		// Nothing to answer or save until the task is read.
		approve.setEnabled(false);
		decline.setEnabled(false);
		save.setEnabled(false);
	}

	private Button button(String text, Runnable action) {
		var button = new Button(root, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	private Text declineNote() {
		return declineNote;
	}

	Composite control() {
		return root;
	}

	/** Shows the task as its snapshot says. */
	void show(TaskSnapshot snapshot, boolean running, boolean reviewOpen, boolean dirty) {
		var texts = new Relayout();
		texts.text(title, snapshot.prompt().lines().findFirst().orElse(""));
		texts.text(status, StatusText.of(snapshot, running, reviewOpen));
		var total = snapshot.plan().leaves().size();
		progress.setMaximum(Math.max(1, total));
		progress.setSelection(snapshot.plan().finishedCount());
		texts.text(progressText, NLS.bind(Messages.Header_progress, snapshot.plan().finishedCount(), total));
		texts.text(mode, NLS.bind(Messages.Header_mode, Messages.of("Mode_", snapshot.settings().mode())));
		approve.setEnabled(reviewOpen);
		decline.setEnabled(reviewOpen);
		declineNote.setEnabled(reviewOpen);
		var approveText = reviewOpen && dirty ? Messages.Header_saveApprove : Messages.Header_approve;
		if (!approve.getText().equals(approveText)) {
			approve.setText(approveText);
			root.layout(new org.eclipse.swt.widgets.Control[] { approve });
		}
		save.setEnabled(running && dirty);
		reason.setEnabled(running);
		texts.apply(root);
	}

	/** Takes the note for the next revision, and clears it. */
	String takeReason() {
		var text = reason.getText().strip();
		reason.setText("");
		return text.isEmpty() ? Messages.Header_defaultReason : text;
	}

	void tell(String text) {
		var texts = new Relayout();
		texts.text(message, text);
		texts.apply(root);
	}

	Button approveButton() {
		return approve;
	}

	Button declineButton() {
		return decline;
	}

	Button saveButton() {
		return save;
	}

	Text reasonField() {
		return reason;
	}

	String statusText() {
		return status.getText();
	}

	String progressText() {
		return progressText.getText();
	}

	String messageText() {
		return message.getText();
	}

	void onModeChanged(Consumer<ApprovalMode> listener) {
		newTasks.addListener(SWT.Selection, event -> listener.accept(ApprovalMode.values()[newTasks.getSelectionIndex()]));
	}
}
