package dev.piassistant.ui.chat.internal.cards;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the transcript's cards. */
public final class Messages extends NLS {

	public static String You;
	public static String Assistant;
	public static String Thinking_show;
	public static String Thinking_hide;
	public static String Stopped;
	public static String Copy;
	public static String CopyCode;
	public static String StoppedBeforeText;
	public static String InterruptedBeforeText;
	public static String Interrupted;
	public static String AnswerBrokeOff;
	public static String EmptyAnswer;
	public static String Tokens;
	public static String Cost;
	public static String SendAgain;
	public static String OpenProviders;
	public static String Plan_first;
	public static String Plan_revision;
	public static String Plan_byAgent;
	public static String Plan_byUser;
	public static String Plan_progress;
	public static String Plan_replaced;
	public static String Plan_estimate;
	public static String Plan_estimateCaps;
	public static String Plan_reason;
	public static String Plan_constraint;
	public static String Plan_ask;
	public static String Plan_approve;
	public static String Plan_open;
	public static String Plan_decline;
	public static String Plan_declineHint;
	public static String Plan_approved;
	public static String Plan_declined;
	public static String Plan_declinedNote;
	public static String Step_PENDING;
	public static String Step_RUNNING;
	public static String Step_BLOCKED;
	public static String Step_DONE;
	public static String Step_FAILED;
	public static String Step_SKIPPED;
	public static String Call_running;
	public static String Call_waiting;
	public static String Call_interrupted;
	public static String Call_COMPLETED;
	public static String Call_FAILED;
	public static String Call_INVALID;
	public static String Call_DENIED;
	public static String Call_CANCELLED;
	public static String Call_INTERRUPTED;
	public static String Call_details;
	public static String Call_undo;
	public static String Call_undoTooltip;
	public static String Call_hide;
	public static String Call_arguments;
	public static String Call_result;
	public static String Call_noResult;
	public static String Call_diverged;
	public static String Approval_title;
	public static String Approval_risk;
	public static String Risk_READ;
	public static String Risk_WRITE;
	public static String Risk_EXECUTE;
	public static String Risk_NETWORK;
	public static String Approval_approve;
	public static String Approval_deny;
	public static String Approval_noteHint;
	public static String Scope_ONCE;
	public static String Scope_TASK;
	public static String Scope_SESSION;
	public static String Scope_TIMED;
	public static String Approval_approved;
	public static String Approval_denied;
	public static String Approval_deniedNote;
	public static String Approval_unanswered;
	public static String Budget_warned;
	public static String Pause_title;
	public static String Pause_guidanceHint;
	public static String Pause_continue;
	public static String Pause_stop;
	public static String Pause_continued;
	public static String Pause_continuedGuidance;
	public static String Pause_stopped;
	public static String Pause_unanswered;
	public static String Outcome_done;
	public static String Outcome_doneCall;
	public static String Outcome_doneCalls;
	public static String Outcome_failed;
	public static String Outcome_cancelled;
	public static String Outcome_undo;
	public static String Outcome_undoTooltip;
	public static String Notice_retry;
	public static String Notice_failover;
	public static String Notice_compacted;
	public static String Notice_resumed;
	public static String Notice_hookFailed;
	public static String Notice_hookSettings;
	public static String Interrupted_task;
	public static String Interrupted_resume;
	public static String Interrupted_busy;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}

	/** The message named {@code prefix + constant}, for texts that follow an enum. */
	static String of(String prefix, Enum<?> constant) {
		try {
			return (String) Messages.class.getField(prefix + constant.name()).get(null);
		} catch (ReflectiveOperationException e) {
			return constant.name().toLowerCase(java.util.Locale.ROOT);
		}
	}
}
