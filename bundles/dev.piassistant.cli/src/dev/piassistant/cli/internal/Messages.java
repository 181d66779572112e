package dev.piassistant.cli.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the command line. */
public final class Messages extends NLS {

	public static String Pi_error;
	public static String Pi_warning;
	public static String Usage_seeHelp;
	public static String Usage_unknownCommand;
	public static String Usage_optionBeforeCommand;
	public static String Usage_unknownTopic;
	public static String Usage_unknownOption;
	public static String Usage_flagTakesNoValue;
	public static String Usage_repeated;
	public static String Usage_missingValue;
	public static String Usage_badPath;
	public static String Usage_badRisk;
	public static String Usage_badMode;
	public static String Usage_badTokens;
	public static String Usage_badCost;
	public static String Usage_noTask;
	public static String Usage_resumeTakesNoText;
	public static String Usage_emptyStdin;
	public static String Usage_stdinFailed;
	public static String Profile_syntax;
	public static String Profile_unreadable;
	public static String Profile_invalid;
	public static String Profile_allowNotList;
	public static String Profile_notCount;
	public static String Profile_notAmount;
	public static String Profile_notText;
	public static String Profile_unknownKey;
	public static String Workspace_noLocation;
	public static String Workspace_missing;
	public static String Workspace_mismatch;
	public static String Workspace_inUse;
	public static String Workspace_lockFailed;
	public static String Services_missing;
	public static String Model_noProvider;
	public static String Model_noneChosen;
	public static String Model_unknownProvider;
	public static String Run_header;
	public static String Run_done;
	public static String Run_cancelled;
	public static String Run_failed;
	public static String Run_steps;
	public static String Run_toolCalls;
	public static String Run_budgetWarned;
	public static String Run_failedOver;
	public static String Run_estimated;
	public static String Run_compacted;
	public static String Run_retrying;
	public static String Run_cancelling;
	public static String Run_quitNow;
	public static String Run_lost;
	public static String Resume_header;
	public static String Resume_prompt;
	public static String Resume_done;
	public static String Resume_nothing;
	public static String Resume_unknownTask;
	public static String Resume_ambiguous;
	public static String Resume_ended;
	public static String Resume_running;
	public static String Plan_first;
	public static String Plan_revised;
	public static String Plan_byAgent;
	public static String Plan_byUser;
	public static String Plan_new;
	public static String Plan_changed;
	public static String Plan_removed;
	public static String Call_diverged;
	public static String Call_exit;
	public static String Call_invalid;
	public static String Call_denied;
	public static String Call_cancelled;
	public static String Call_interrupted;
	public static String Ask_approve;
	public static String Ask_plan;
	public static String Ask_paused;
	public static String Ask_goOn;
	public static String Ask_again;
	public static String Note_noApprover;
	public static String Note_noReviewer;
	public static String Note_userDeclined;
	public static String Refused_call;
	public static String Refused_plan;
	public static String Refused_pause;
	public static String Pause_errors;
	public static String Pause_repeated;
	public static String Pause_noProgress;
	public static String Pause_noProgressTask;
	public static String Pause_askFirst;
	public static String Problem_invalidOutput;
	public static String Problem_budget;
	public static String Problem_planDeclined;
	public static String Problem_planDeclinedNote;
	public static String Problem_internal;
	public static String Error_unreachable;
	public static String Error_unauthorized;
	public static String Error_rateLimited;
	public static String Error_rateLimitedWait;
	public static String Error_server;
	public static String Error_modelNotFound;
	public static String Error_badRequest;
	public static String Error_malformed;
	public static String Error_timeout;
	public static String Error_noProvider;
	public static String Error_providerRemoved;
	public static String Error_noModel;
	public static String Error_noApiKey;
	public static String Error_secureStorage;
	public static String Error_unexpected;
	public static String Number_tokens;
	public static String Number_of;
	public static String Number_noCap;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
