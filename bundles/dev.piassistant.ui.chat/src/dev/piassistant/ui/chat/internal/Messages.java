package dev.piassistant.ui.chat.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the Agent view. */
public final class Messages extends NLS {

	public static String Send;
	public static String Stop;
	public static String SendTooltip;
	public static String StopTooltip;
	public static String InputHint;
	public static String EmptyPrompt;
	public static String Provider;
	public static String Model;
	public static String ModelHint;
	public static String Pin;
	public static String PinTooltip;
	public static String Mode;
	public static String ModeTooltip;
	public static String Mode_AUTO;
	public static String Mode_STEP_BY_STEP;
	public static String Mode_REVIEW_PLAN;
	public static String NewChat;
	public static String History;
	public static String Streaming;
	public static String Sending;
	public static String Ready;
	public static String JumpToLatest;
	public static String FirstStart;
	public static String ViewTooltip;
	public static String StoppedStatus;
	public static String FailedStatus;
	public static String Status_stopping;
	public static String Status_planning;
	public static String Status_step;
	public static String Status_working;
	public static String Status_tool;
	public static String Status_approval;
	public static String Status_review;
	public static String Status_paused;
	public static String Status_interrupted;
	public static String Status_task;
	public static String Status_session;
	public static String NoModel;
	public static String ServicesMissing;
	public static String StartFailed;
	public static String ResumeFailed;
	public static String UndoCall;
	public static String UndoTask;
	public static String UndoUnavailable;
	public static String AnswerFailed;
	public static String Connect_title;
	public static String Connect_explain;
	public static String Connect_detecting;
	public static String Connect_found;
	public static String Connect_none;
	public static String Connect_use;
	public static String Connect_server;
	public static String Connect_detectAgain;
	public static String Connect_openPreferences;
	public static String LoadFailed;
	public static String Chat_renaming;
	public static String Chat_deleting;
	public static String Chat_searching;
	public static String Chat_rename;
	public static String Chat_renameTitle;
	public static String Chat_renameMessage;
	public static String Chat_emptyTitle;
	public static String Chat_renamed;
	public static String Chat_renameFailed;
	public static String Chat_delete;
	public static String Chat_deleteTitle;
	public static String Chat_deleteConfirm;
	public static String Chat_deleted;
	public static String Chat_deleteFailed;
	public static String Chat_search;
	public static String Chat_searchTitle;
	public static String Chat_searchMessage;
	public static String Chat_searchNone;
	public static String Chat_searchResults;
	public static String Chat_searchFailed;
	public static String Context_tokens;
	public static String Context_selectionLine;
	public static String Context_addProblems;
	public static String Context_fix;
	public static String AskTitle;
	public static String Context_tooltip;
	public static String Context_remove;
	public static String Context_removeTooltip;
	public static String Context_selection;
	public static String Context_problems;
	public static String Context_explain;
	public static String Context_noEditor;
	public static String InsertNoEditor;
	public static String InsertReadOnly;
	public static String InsertFailed;
	public static String Inserted;
	public static String InsertDescription;
	public static String MentionsListing;
	public static String MentionsLookup;
	public static String FixResolution;
	public static String FixResolutionDescription;
	public static String InsertProposed;
	public static String InsertRejected;
	public static String InsertNotApplied;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
