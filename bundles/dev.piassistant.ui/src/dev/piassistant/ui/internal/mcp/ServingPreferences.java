package dev.piassistant.ui.internal.mcp;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Whether the IDE serves its tools over MCP, and on which port, kept in the workspace's preferences. Off by
 * default: serving is something the user turns on.
 */
public final class ServingPreferences {

	static final String NODE = "dev.piassistant.ui";
	static final String ENABLED = "mcp.serve.enabled";
	static final String PORT = "mcp.serve.port";
	/** Any free port, chosen when the serving starts. */
	public static final int ANY_PORT = 0;

	private ServingPreferences() {
	}

	static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	public static boolean enabled() {
		return node().getBoolean(ENABLED, false);
	}

	public static int port() {
		var port = node().getInt(PORT, ANY_PORT);
		return port < 0 || port > 65_535 ? ANY_PORT : port;
	}

	/** Stores both at once: the serving follows the change. */
	public static void set(boolean enabled, int port) throws BackingStoreException {
		var node = node();
		node.putInt(PORT, port);
		node.putBoolean(ENABLED, enabled);
		node.flush();
	}
}
