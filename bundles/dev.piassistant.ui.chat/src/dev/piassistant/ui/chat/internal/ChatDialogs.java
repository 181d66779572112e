package dev.piassistant.ui.chat.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

import dev.piassistant.core.event.SessionSummary;

/** Recent Chats' actions on the chats themselves: rename and delete the one shown, search them all. */
final class ChatDialogs {

	private ChatDialogs() {
	}

	/** Rename, Delete (for the chat shown, if any) and Search. */
	static List<IAction> actions(Shell shell, ChatPanel panel, List<SessionSummary> sessions) {
		var current = panel.session().flatMap(id -> sessions.stream().filter(summary -> summary.session().equals(id)).findFirst());
		var rename = action(Messages.Chat_rename, () -> current.ifPresent(summary -> rename(shell, panel, summary)));
		var delete = action(Messages.Chat_delete, () -> current.ifPresent(summary -> delete(shell, panel, summary)));
		rename.setEnabled(current.isPresent());
		delete.setEnabled(current.isPresent());
		return List.of(action(Messages.Chat_search, () -> search(shell, panel)), rename, delete);
	}

	private static IAction action(String label, Runnable run) {
		return new Action(label) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	private static void rename(Shell shell, ChatPanel panel, SessionSummary summary) {
		var dialog = new InputDialog(shell, Messages.Chat_renameTitle, Messages.Chat_renameMessage, summary.title(),
				text -> text.isBlank() ? Messages.Chat_emptyTitle : null);
		if (dialog.open() == Window.OK) {
			panel.renameChat(dialog.getValue());
		}
	}

	private static void delete(Shell shell, ChatPanel panel, SessionSummary summary) {
		var confirmed = MessageDialog.open(MessageDialog.CONFIRM, shell, Messages.Chat_deleteTitle,
				NLS.bind(Messages.Chat_deleteConfirm, title(summary)), 0, IDialogConstants.OK_LABEL, IDialogConstants.CANCEL_LABEL) == 0;
		if (confirmed) {
			panel.deleteChat();
		}
	}

	private static void search(Shell shell, ChatPanel panel) {
		var dialog = new InputDialog(shell, Messages.Chat_searchTitle, Messages.Chat_searchMessage, "", null);
		if (dialog.open() != Window.OK || dialog.getValue().isBlank()) {
			return;
		}
		var query = dialog.getValue().strip();
		panel.searchChats(query, found -> {
			if (shell.isDisposed()) {
				return;
			}
			if (found.isEmpty()) {
				MessageDialog.openInformation(shell, Messages.Chat_searchTitle, NLS.bind(Messages.Chat_searchNone, query));
			} else {
				choose(shell, query, found).ifPresent(summary -> panel.load(summary.session()));
			}
		});
	}

	private static Optional<SessionSummary> choose(Shell shell, String query, List<SessionSummary> found) {
		var zone = ZoneId.systemDefault();
		var list = new ElementListSelectionDialog(shell, new LabelProvider() {
			@Override
			public String getText(Object element) {
				return RecentChats.label((SessionSummary) element, zone).replace("&&", "&").replace('\t', ' ');
			}
		});
		list.setTitle(Messages.Chat_searchTitle);
		list.setMessage(NLS.bind(Messages.Chat_searchResults, query));
		list.setElements(found.toArray());
		list.setMultipleSelection(false);
		return list.open() == Window.OK && list.getFirstResult() instanceof SessionSummary summary ? Optional.of(summary)
				: Optional.empty();
	}

	private static String title(SessionSummary summary) {
		return summary.title().isBlank() ? summary.session().value().substring(0, 8) : summary.title();
	}
}
