package dev.piassistant.ui.plan.internal;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the Plan editor and the timeline. */
public final class Messages extends NLS {

	public static String Editor_name;
	public static String Editor_wrongInput;
	public static String Editor_noService;
	public static String Editor_noTask;
	public static String Editor_loadFailed;
	public static String Editor_notRunning;
	public static String Editor_ended;
	public static String Editor_conflict;
	public static String Editor_cycle;
	public static String Editor_sendFailed;
	public static String Feed_loading;
	public static String Sender_job;
	public static String Header_newTasks;
	public static String Header_newTasksTooltip;
	public static String Header_mode;
	public static String Header_progress;
	public static String Header_approve;
	public static String Header_saveApprove;
	public static String Header_decline;
	public static String Header_declineHint;
	public static String Header_reason;
	public static String Header_reasonHint;
	public static String Header_defaultReason;
	public static String Header_save;
	public static String Header_timeline;
	public static String Status_planning;
	public static String Status_working;
	public static String Status_step;
	public static String Status_review;
	public static String Status_approval;
	public static String Status_paused;
	public static String Status_completed;
	public static String Status_cancelled;
	public static String Status_failed;
	public static String Status_interrupted;
	public static String Column_step;
	public static String Column_expected;
	public static String Column_state;
	public static String Column_flags;
	public static String Column_calls;
	public static String Column_tool;
	public static String Column_outcome;
	public static String Column_took;
	public static String Column_approval;
	public static String Column_revision;
	public static String Column_by;
	public static String Column_why;
	public static String Column_changes;
	public static String Column_change;
	public static String Column_before;
	public static String Column_after;
	public static String Step_new;
	public static String Step_tooltip;
	public static String Flag_SKIP;
	public static String Flag_ASK_FIRST;
	public static String Action_add;
	public static String Action_remove;
	public static String Action_up;
	public static String Action_down;
	public static String Action_indent;
	public static String Action_outdent;
	public static String Action_skip;
	public static String Action_askFirst;
	public static String Action_undo;
	public static String Action_redo;
	public static String Action_revert;
	public static String Key_add;
	public static String Key_remove;
	public static String Key_up;
	public static String Key_down;
	public static String Key_indent;
	public static String Key_outdent;
	public static String Key_skip;
	public static String Key_askFirst;
	public static String Key_undo;
	public static String Key_redo;
	public static String Key_revert;
	public static String Undo_button;
	public static String Undo_tooltip;
	public static String Undo_unavailable;
	public static String Undo_what;
	public static String Constraints_title;
	public static String Constraints_hint;
	public static String Constraints_add;
	public static String Constraints_remove;
	public static String Tab_step;
	public static String Tab_revisions;
	public static String Tab_graph;
	public static String Panel_none;
	public static String Panel_heading;
	public static String Panel_expected;
	public static String Panel_dependsOn;
	public static String Panel_calls;
	public static String Links_waitingApproval;
	public static String Revisions_first;
	public static String Revisions_from;
	public static String Revisions_to;
	public static String Revisions_label;
	public static String Graph_critical;
	public static String Graph_allDone;
	public static String Timeline_empty;
	public static String Timeline_title;
	public static String Timeline_titleRunning;
	public static String Timeline_openPlan;
	public static String Timeline_accessible;
	public static String Timeline_describe;
	public static String Timeline_step;
	public static String Timeline_input;
	public static String Timeline_output;
	public static String Timeline_modelInput;
	public static String Timeline_askedFor;
	public static String Timeline_tokens;
	public static String Timeline_exitCode;
	public static String Timeline_judgement;
	public static String Timeline_approved;
	public static String Timeline_denied;
	public static String Timeline_deniedNote;
	public static String Timeline_proceeded;
	public static String Timeline_proceededNote;
	public static String Timeline_stopped;
	public static String Timeline_review;
	public static String Timeline_reviewAsked;
	public static String Timeline_pause;
	public static String Filter_outcomes;
	public static String Filter_from;
	public static String Filter_to;
	public static String Filter_toTooltip;
	public static String State_PENDING;
	public static String State_RUNNING;
	public static String State_BLOCKED;
	public static String State_DONE;
	public static String State_FAILED;
	public static String State_SKIPPED;
	public static String Mode_AUTO;
	public static String Mode_STEP_BY_STEP;
	public static String Mode_REVIEW_PLAN;
	public static String Author_AGENT;
	public static String Author_USER;
	public static String Change_ADDED;
	public static String Change_REMOVED;
	public static String Change_MOVED;
	public static String Change_CHANGED;
	public static String Entry_RUNNING;
	public static String Entry_WAITING;
	public static String Entry_DONE;
	public static String Entry_FAILED;
	public static String Entry_INVALID;
	public static String Entry_DENIED;
	public static String Entry_CANCELLED;
	public static String Entry_INTERRUPTED;
	public static String Kind_SHELL;
	public static String Kind_FILE;
	public static String Kind_GIT;
	public static String Kind_MODEL;
	public static String Kind_ML;
	public static String Kind_PLAN;
	public static String Kind_WAIT;
	public static String Kind_OTHER;
	public static String Outcomes_ALL;
	public static String Outcomes_PROBLEMS;
	public static String Outcomes_SUCCEEDED;
	public static String Outcomes_OPEN;
	public static String Purpose_ANSWER;
	public static String Purpose_STEP;
	public static String Purpose_JUDGE;
	public static String Purpose_SUMMARY;
	public static String Verdict_AS_EXPECTED;
	public static String Verdict_DIVERGED;
	public static String Verdict_UNCLEAR;
	public static String Scope_ONCE;
	public static String Scope_TASK;
	public static String Scope_SESSION;
	public static String Scope_TIMED;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}

	/** The text of a value of an enum, from the key {@code prefix + NAME}. */
	public static String of(String prefix, Enum<?> constant) {
		try {
			return (String) Messages.class.getField(prefix + constant.name()).get(null);
		} catch (ReflectiveOperationException e) {
			return constant.name().toLowerCase(Locale.ROOT);
		}
	}
}
