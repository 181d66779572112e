package dev.piassistant.cli.internal.render;

import java.util.Locale;
import java.util.Map;

/**
 * What the terminal around {@code pi} can do. The launch script tells whether standard input and output are
 * terminals ({@code [ -t 0 ]}, {@code [ -t 1 ]}): Java alone cannot tell reliably on every version.
 *
 * @param interactive whether questions can be asked: standard input is a terminal
 * @param styled      whether output goes to a terminal that shows colours (not when NO_COLOR is set or TERM is dumb)
 * @param unicode     whether the locale's encoding is UTF-8, so symbols such as ✓ show
 * @param columns     the terminal's width, for cutting long lines; 0 when not a terminal
 */
public record Terminal(boolean interactive, boolean styled, boolean unicode, int columns) {

	public static final String INPUT_PROPERTY = "pi.terminal.in";
	public static final String OUTPUT_PROPERTY = "pi.terminal.out";
	public static final String COLUMNS_PROPERTY = "pi.terminal.columns";

	/** No terminal at all: plain text, nothing asked. */
	public static final Terminal NONE = new Terminal(false, false, false, 0);

	public static Terminal detect() {
		return detect(System.getProperties(), System.getenv());
	}

	static Terminal detect(java.util.Properties properties, Map<String, String> environment) {
		var consoleFallback = System.console() != null;
		var input = flag(properties.getProperty(INPUT_PROPERTY), consoleFallback);
		var output = flag(properties.getProperty(OUTPUT_PROPERTY), consoleFallback);
		var styled = output && !environment.containsKey("NO_COLOR") && !"dumb".equals(environment.get("TERM"));
		return new Terminal(input, styled, output && utf8(environment), output ? columns(properties) : 0);
	}

	private static boolean flag(String value, boolean fallback) {
		return value == null || value.isBlank() ? fallback : Boolean.parseBoolean(value.strip());
	}

	private static boolean utf8(Map<String, String> environment) {
		for (var name : new String[] { "LC_ALL", "LC_CTYPE", "LANG" }) {
			var value = environment.get(name);
			if (value != null && !value.isEmpty()) {
				var lower = value.toLowerCase(Locale.ROOT);
				return lower.contains("utf-8") || lower.contains("utf8");
			}
		}
		return false;
	}

	private static int columns(java.util.Properties properties) {
		try {
			return Math.max(0, Integer.parseInt(properties.getProperty(COLUMNS_PROPERTY, "0").strip()));
		} catch (NumberFormatException e) {
			return 0;
		}
	}
}
