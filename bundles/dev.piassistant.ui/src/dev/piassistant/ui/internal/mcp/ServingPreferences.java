package dev.piassistant.ui.internal.mcp;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import dev.piassistant.core.tool.Risk;

/**
 * Whether the IDE serves its tools over MCP, on which port, and which risk classes its clients may use without
 * being asked (nobody can approve a call over MCP), kept in the workspace's preferences. Off, and nothing granted,
 * by default: serving is something the user turns on.
 */
public final class ServingPreferences {

	static final String NODE = "dev.piassistant.ui";
	static final String ENABLED = "mcp.serve.enabled";
	static final String PORT = "mcp.serve.port";
	static final String ALLOWED = "mcp.serve.allowed";
	/** What a client may be granted: reading is never asked about. */
	public static final Set<Risk> GRANTABLE = EnumSet.of(Risk.WRITE, Risk.EXECUTE, Risk.NETWORK);
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

	/** The risk classes whose calls run without asking, though the permissions would ask about them. */
	public static Set<Risk> allowed() {
		var allowed = EnumSet.noneOf(Risk.class);
		for (var name : node().get(ALLOWED, "").split(",")) {
			Arrays.stream(Risk.values()).filter(risk -> risk.name().equalsIgnoreCase(name.trim()) && GRANTABLE.contains(risk))
					.forEach(allowed::add);
		}
		return allowed;
	}

	/** Stores them all at once, nothing granted: the serving follows the change. */
	public static void set(boolean enabled, int port) throws BackingStoreException {
		set(enabled, port, Set.of());
	}

	/** Stores them all at once: the serving follows the change. */
	public static void set(boolean enabled, int port, Set<Risk> allowed) throws BackingStoreException {
		var node = node();
		node.putInt(PORT, port);
		node.put(ALLOWED, allowed.stream().filter(GRANTABLE::contains).map(risk -> risk.name().toLowerCase(Locale.ROOT))
				.sorted().collect(Collectors.joining(",")));
		node.putBoolean(ENABLED, enabled);
		node.flush();
	}
}
