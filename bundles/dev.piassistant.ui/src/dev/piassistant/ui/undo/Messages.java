package dev.piassistant.ui.undo;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.core.checkpoint.FileConflict;
import dev.piassistant.core.checkpoint.FileRestore;

final class Messages extends NLS {

	public static String Undo_title;
	public static String Undo_button;
	public static String Undo_confirm;
	public static String Undo_confirmMerge;
	public static String Undo_mergeButton;
	public static String Undo_previewJob;
	public static String Undo_job;
	public static String Undo_nothing;
	public static String Undo_done;
	public static String Undo_conflicts;
	public static String Undo_failed;
	public static String Restore_RESTORED;
	public static String Restore_DELETED;
	public static String Restore_RECREATED;
	public static String Restore_MERGED;
	public static String Restore_MERGED_WITH_CONFLICTS;
	public static String Restore_UNCHANGED;
	public static String Conflict_CHANGED_SINCE;
	public static String Conflict_DELETED_SINCE;
	public static String Conflict_CREATED_SINCE;
	public static String Conflict_RESULT_UNKNOWN;
	public static String Conflict_BINARY;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}

	static String change(FileRestore.Change change) {
		return switch (change) {
		case RESTORED -> Restore_RESTORED;
		case DELETED -> Restore_DELETED;
		case RECREATED -> Restore_RECREATED;
		case MERGED -> Restore_MERGED;
		case MERGED_WITH_CONFLICTS -> Restore_MERGED_WITH_CONFLICTS;
		case UNCHANGED -> Restore_UNCHANGED;
		};
	}

	static String conflict(FileConflict.Reason reason) {
		return switch (reason) {
		case CHANGED_SINCE -> Conflict_CHANGED_SINCE;
		case DELETED_SINCE -> Conflict_DELETED_SINCE;
		case CREATED_SINCE -> Conflict_CREATED_SINCE;
		case RESULT_UNKNOWN -> Conflict_RESULT_UNKNOWN;
		case BINARY -> Conflict_BINARY;
		};
	}
}
