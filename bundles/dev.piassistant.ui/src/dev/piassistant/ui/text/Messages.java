package dev.piassistant.ui.text;

import org.eclipse.osgi.util.NLS;

/** User-facing explanations of failures, pauses and spending. */
final class Messages extends NLS {

	public static String ProvidersPage;
	public static String Duration_millis;
	public static String Duration_seconds;
	public static String Duration_minutes;
	public static String Detail_none;
	public static String Detail_some;
	public static String Unreachable;
	public static String Unreachable_hint;
	public static String Unauthorized;
	public static String Unauthorized_hint;
	public static String RateLimited;
	public static String RateLimited_after;
	public static String RateLimited_hint;
	public static String RateLimited_hintAfter;
	public static String ServerError;
	public static String ServerError_hint;
	public static String ModelNotFound;
	public static String ModelNotFound_hint;
	public static String BadRequest;
	public static String BadRequest_hint;
	public static String MalformedResponse;
	public static String MalformedResponse_hint;
	public static String Timeout;
	public static String Timeout_hint;
	public static String NotConfigured_provider;
	public static String NotConfigured_providerRemoved;
	public static String NotConfigured_model;
	public static String NotConfigured_apiKey;
	public static String NotConfigured_secureStorage;
	public static String NotConfigured_hint;
	public static String NotConfigured_modelHint;
	public static String NotConfigured_apiKeyHint;
	public static String NotConfigured_secureStorageHint;
	public static String Unexpected;
	public static String Unexpected_hint;
	public static String Problem_invalidOutput;
	public static String Problem_invalidOutputHint;
	public static String Problem_budget;
	public static String Problem_budgetHint;
	public static String Problem_planDeclined;
	public static String Problem_planDeclinedNote;
	public static String Problem_planDeclinedHint;
	public static String Problem_hookBlocked;
	public static String Problem_hookBlockedHint;
	public static String Problem_internal;
	public static String Problem_internalHint;
	public static String Pause_errorBudget;
	public static String Pause_repeatedCall;
	public static String Pause_noProgress;
	public static String Pause_noProgressTask;
	public static String Pause_askFirst;
	public static String Pause_hint;
	public static String Spend_tokens;
	public static String Spend_tokensAndCost;
	public static String Spend_ofTokens;
	public static String Spend_ofCost;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
