package dev.piassistant.ui.chat.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the MCP prompts and resources in the Agent view's composer. */
public final class McpTexts extends NLS {

	public static String Catalog_job;
	public static String Prompts_loading;
	public static String Prompts_none;
	public static String Resources_loading;
	public static String Resources_none;
	public static String Servers_none;
	public static String Server_starting;
	public static String Server_down;
	public static String Arguments_title;
	public static String Arguments_message;
	public static String Arguments_required;
	public static String Arguments_missing;
	public static String Prompt_job;
	public static String Prompt_failed;
	public static String Prompt_waits;
	public static String Resource_job;
	public static String Resource_failed;
	public static String Resource_chip;
	public static String Mcp_missing;
	public static String AttachResource;

	static {
		NLS.initializeMessages("dev.piassistant.ui.chat.internal.mcp", McpTexts.class);
	}

	private McpTexts() {
	}
}
