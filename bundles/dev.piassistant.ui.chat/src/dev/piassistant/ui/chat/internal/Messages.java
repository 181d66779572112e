package dev.piassistant.ui.chat.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the Agent view. */
public final class Messages extends NLS {

	public static String You;
	public static String Assistant;
	public static String Send;
	public static String Stop;
	public static String SendTooltip;
	public static String StopTooltip;
	public static String InputHint;
	public static String Provider;
	public static String Model;
	public static String ModelHint;
	public static String NewChat;
	public static String History;
	public static String Streaming;
	public static String Sending;
	public static String Ready;
	public static String Stopped;
	public static String StoppedStatus;
	public static String Interrupted;
	public static String EmptyAnswer;
	public static String Tokens;
	public static String SessionTokens;
	public static String Retrying;
	public static String FailedStatus;
	public static String SendAgain;
	public static String OpenProviders;
	public static String NoModel;
	public static String ServicesMissing;
	public static String StartFailed;
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

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
