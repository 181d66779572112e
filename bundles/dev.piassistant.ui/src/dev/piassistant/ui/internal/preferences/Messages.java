package dev.piassistant.ui.internal.preferences;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the preference pages. */
public final class Messages extends NLS {

	public static String RootPage_description;
	public static String RootPage_providersLink;
	public static String ProvidersPage_description;
	public static String ProvidersPage_columnName;
	public static String ProvidersPage_columnProtocol;
	public static String ProvidersPage_columnUrl;
	public static String ProvidersPage_columnModel;
	public static String ProvidersPage_columnKey;
	public static String ProvidersPage_keyStored;
	public static String ProvidersPage_add;
	public static String ProvidersPage_edit;
	public static String ProvidersPage_remove;
	public static String ProvidersPage_unavailable;
	public static String McpPage_description;
	public static String McpPage_unavailable;
	public static String McpPage_columnName;
	public static String McpPage_columnStatus;
	public static String McpPage_columnTools;
	public static String McpPage_columnSource;
	public static String McpPage_start;
	public static String McpPage_startJob;
	public static String McpPage_restart;
	public static String McpPage_restartJob;
	public static String McpPage_transport;
	public static String McpPage_source;
	public static String McpPage_problem;
	public static String McpPage_tools;
	public static String McpPage_noTools;
	public static String McpPage_log;
	public static String McpPage_stopped;
	public static String McpPage_starting;
	public static String McpPage_running;
	public static String McpPage_restarting;
	public static String McpPage_failed;
	public static String ProvidersPage_saveFailed;
	public static String ProviderDialog_titleAdd;
	public static String ProviderDialog_titleEdit;
	public static String ProviderDialog_message;
	public static String ProviderDialog_name;
	public static String ProviderDialog_protocol;
	public static String ProviderDialog_url;
	public static String ProviderDialog_urlEmpty;
	public static String ProviderDialog_urlNotHttp;
	public static String ProviderDialog_urlMalformed;
	public static String ProviderDialog_key;
	public static String ProviderDialog_keyHint;
	public static String ProviderDialog_keyKept;
	public static String ProviderDialog_model;
	public static String ProviderDialog_fetch;
	public static String ProviderDialog_fetching;
	public static String ProviderDialog_fetched;
	public static String ProviderDialog_nameMissing;
	public static String ProviderDialog_keyMissing;
	public static String RootPage_agentLink;
	public static String PermissionsPage_description;
	public static String PermissionsPage_unavailable;
	public static String PermissionsPage_rules;
	public static String PermissionsPage_allow;
	public static String PermissionsPage_ask;
	public static String PermissionsPage_deny;
	public static String PermissionsPage_grantHint;
	public static String PermissionsPage_templates;
	public static String PermissionsPage_userTemplates;
	public static String PermissionsPage_builtIn;
	public static String PermissionsPage_badGrant;
	public static String PermissionsPage_templateLine;
	public static String PermissionsPage_templateEmpty;
	public static String PermissionsPage_saveFailed;
	public static String RootPage_permissionsLink;
	public static String AgentPage_description;
	public static String AgentPage_mode;
	public static String AgentPage_mode_AUTO;
	public static String AgentPage_mode_STEP_BY_STEP;
	public static String AgentPage_mode_REVIEW_PLAN;
	public static String AgentPage_limits;
	public static String AgentPage_maxTokens;
	public static String AgentPage_maxCost;
	public static String AgentPage_errorBudget;
	public static String AgentPage_repeatLimit;
	public static String AgentPage_noProgress;
	public static String AgentPage_warning;
	public static String AgentPage_notWhole;
	public static String AgentPage_notAmount;
	public static String ModelsPage_description;
	public static String ModelsPage_routing;
	public static String ModelsPage_small;
	public static String ModelsPage_large;
	public static String ModelsPage_fallback;
	public static String ModelsPage_none;
	public static String ModelsPage_modelMissing;
	public static String ModelsPage_smallName;
	public static String ModelsPage_largeName;
	public static String ModelsPage_fallbackName;
	public static String ModelsPage_prices;
	public static String ModelsPage_columnPattern;
	public static String ModelsPage_columnInput;
	public static String ModelsPage_columnOutput;
	public static String ModelsPage_columnContext;
	public static String ModelsPage_add;
	public static String ModelsPage_edit;
	public static String ModelsPage_remove;
	public static String ModelsPage_up;
	public static String ModelsPage_down;
	public static String ModelsPage_unavailable;
	public static String ModelsPage_saveFailed;
	public static String PriceDialog_titleAdd;
	public static String PriceDialog_titleEdit;
	public static String PriceDialog_message;
	public static String PriceDialog_pattern;
	public static String PriceDialog_patternHint;
	public static String PriceDialog_input;
	public static String PriceDialog_output;
	public static String PriceDialog_context;
	public static String PriceDialog_patternMissing;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
