package dev.piassistant.tools.mcp.internal;

import java.util.Locale;

/**
 * Names an MCP server's tool for the model: {@code server__tool}, in the letters, digits, '_' and '-' that model
 * providers accept, at most 64 characters (a longer name keeps its start and end around a short hash).
 */
public final class ToolNames {

	static final String SEPARATOR = "__";
	private static final int LONGEST = 64;

	private ToolNames() {
	}

	public static String of(String server, String tool) {
		var name = clean(server) + SEPARATOR + clean(tool);
		if (name.length() <= LONGEST) {
			return name;
		}
		var hash = String.format(Locale.ROOT, "%08x", name.hashCode());
		var keep = (LONGEST - hash.length() - 2) / 2;
		return name.substring(0, keep) + "_" + hash + "_" + name.substring(name.length() - keep);
	}

	private static String clean(String text) {
		var cleaned = text.replaceAll("[^A-Za-z0-9_-]", "_");
		return cleaned.isEmpty() ? "_" : cleaned;
	}
}
