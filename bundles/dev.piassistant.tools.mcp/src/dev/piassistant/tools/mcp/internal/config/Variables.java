package dev.piassistant.tools.mcp.internal.config;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands {@code ${NAME}} and {@code ${NAME:-default}} in configuration values from the environment, as other
 * tools do in {@code .mcp.json}: keys stay out of files that are committed.
 */
final class Variables {

	private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");

	private final Function<String, String> lookup;

	Variables(Map<String, String> environment) {
		this.lookup = environment::get;
	}

	String expand(String value) {
		var matcher = REFERENCE.matcher(value);
		var out = new StringBuilder();
		while (matcher.find()) {
			var found = lookup.apply(matcher.group(1));
			var replacement = found != null ? found : matcher.group(2) != null ? matcher.group(2) : "";
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(out);
		return out.toString();
	}
}
