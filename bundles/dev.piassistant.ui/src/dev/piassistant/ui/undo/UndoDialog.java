package dev.piassistant.ui.undo;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import dev.piassistant.core.checkpoint.RestorePreview;

/**
 * Asks before an undo changes files: which files go back and how; where the user changed a file since the
 * agent wrote it, the plain undo is not offered, only a merge that keeps the user's changes.
 */
final class UndoDialog {

	private UndoDialog() {
	}

	static Undo.Choice ask(Shell shell, String what, RestorePreview preview) {
		if (preview.conflicts().isEmpty()) {
			var text = NLS.bind(Messages.Undo_confirm, what, UndoTexts.files(preview.files()));
			var answer = MessageDialog.open(MessageDialog.QUESTION, shell, Messages.Undo_title, text, 0, Messages.Undo_button,
					IDialogConstants.CANCEL_LABEL);
			return answer == 0 ? Undo.Choice.RESTORE : Undo.Choice.CANCEL;
		}
		var text = NLS.bind(Messages.Undo_confirmMerge, what, UndoTexts.conflicts(preview.conflicts()));
		var answer = MessageDialog.open(MessageDialog.WARNING, shell, Messages.Undo_title, text, 0, Messages.Undo_mergeButton,
				IDialogConstants.CANCEL_LABEL);
		return answer == 0 ? Undo.Choice.MERGE : Undo.Choice.CANCEL;
	}
}
