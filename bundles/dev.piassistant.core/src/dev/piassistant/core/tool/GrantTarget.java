package dev.piassistant.core.tool;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a grant allows. Each has a text form, used on the command line ({@code --allow}), in the project profile
 * and in the preferences:
 * <ul>
 * <li>{@code read}, {@code write}, {@code execute}, {@code network}: every call of that risk class;</li>
 * <li>{@code tool:NAME}: every call of one tool;</li>
 * <li>{@code command:mvn test}: exactly this command (its words, after the shell's quoting);</li>
 * <li>{@code commands:git status diff log}: these subcommands of a program, with any arguments that cannot
 * run other programs; {@code commands:git} alone: its subcommands that work locally, not push, config,
 * aliases and the like;</li>
 * <li>{@code path:src/**}: changing files whose workspace path matches the glob;</li>
 * <li>{@code host:api.example.com} (or {@code *.example.com}): requests to that host;</li>
 * <li>{@code template:java-dev}: what the named template grants.</li>
 * </ul>
 * A grant never widens: what the permission policy denies stays denied, and a command that hides another one
 * (in a substitution, an alias, an option that runs a program) is not covered by a grant of its first word.
 */
public sealed interface GrantTarget {

	/** The text form, which {@link #parse} reads back. */
	String spec();

	/** Every call of a risk class. */
	record RiskClass(Risk risk) implements GrantTarget {
		public RiskClass {
			Objects.requireNonNull(risk, "risk");
		}

		@Override
		public String spec() {
			return risk.name().toLowerCase(Locale.ROOT);
		}
	}

	/** Every call of one tool. */
	record AnyCall(String tool) implements GrantTarget {
		public AnyCall {
			requireText(tool, "tool");
		}

		@Override
		public String spec() {
			return "tool:" + tool;
		}
	}

	/** Exactly one command: these words. */
	record Command(List<String> words) implements GrantTarget {
		public Command {
			words = List.copyOf(words);
			if (words.isEmpty()) {
				throw new IllegalArgumentException("a command needs at least one word");
			}
		}

		@Override
		public String spec() {
			return "command:" + String.join(" ", words.stream().map(GrantTarget::quote).toList());
		}
	}

	/** Some subcommands of a program (all of its local ones when none are named). */
	record Commands(String program, List<String> subcommands) implements GrantTarget {
		public Commands {
			requireText(program, "program");
			subcommands = List.copyOf(subcommands);
		}

		@Override
		public String spec() {
			return "commands:" + program + (subcommands.isEmpty() ? "" : " " + String.join(" ", subcommands));
		}
	}

	/** Changing files whose path in the workspace matches a glob ({@code *} within a folder, {@code **} across). */
	record Paths(String glob) implements GrantTarget {
		public Paths {
			requireText(glob, "glob");
		}

		@Override
		public String spec() {
			return "path:" + glob;
		}
	}

	/** Requests to a host, or to every host of a domain with {@code *.example.com}. */
	record Host(String pattern) implements GrantTarget {
		public Host {
			requireText(pattern, "pattern");
			pattern = pattern.toLowerCase(Locale.ROOT);
		}

		@Override
		public String spec() {
			return "host:" + pattern;
		}
	}

	/** What a named template grants. */
	record Template(String name) implements GrantTarget {
		public Template {
			requireText(name, "name");
		}

		@Override
		public String spec() {
			return "template:" + name;
		}
	}

	/**
	 * Reads a text form.
	 *
	 * @throws IllegalArgumentException when it is none of the forms
	 */
	static GrantTarget parse(String spec) {
		var text = spec.strip();
		var colon = text.indexOf(':');
		if (colon < 0) {
			try {
				return new RiskClass(Risk.valueOf(text.toUpperCase(Locale.ROOT)));
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("not a permission: '" + text + "'", e);
			}
		}
		var kind = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
		var value = text.substring(colon + 1).strip();
		if (value.isEmpty()) {
			throw new IllegalArgumentException("'" + kind + ":' needs a value");
		}
		return switch (kind) {
			case "tool" -> new AnyCall(value);
			case "command" -> new Command(words(value));
			case "commands" -> {
				var words = words(value);
				yield new Commands(words.get(0), words.subList(1, words.size()));
			}
			case "path" -> new Paths(value);
			case "host" -> new Host(value);
			case "template" -> new Template(value);
			default -> throw new IllegalArgumentException("not a kind of permission: '" + kind + "'");
		};
	}

	/** Words split at blanks, with single or double quotes keeping blanks in a word. */
	static List<String> words(String text) {
		var words = new ArrayList<String>();
		var word = new StringBuilder();
		var inWord = false;
		char quote = 0;
		for (int i = 0; i < text.length(); i++) {
			var c = text.charAt(i);
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				} else {
					word.append(c);
				}
			} else if (c == '\'' || c == '"') {
				quote = c;
				inWord = true;
			} else if (Character.isWhitespace(c)) {
				if (inWord) {
					words.add(word.toString());
					word.setLength(0);
					inWord = false;
				}
			} else {
				word.append(c);
				inWord = true;
			}
		}
		if (quote != 0) {
			throw new IllegalArgumentException("unclosed quote in '" + text + "'");
		}
		if (inWord) {
			words.add(word.toString());
		}
		if (words.isEmpty()) {
			throw new IllegalArgumentException("no words in '" + text + "'");
		}
		return words;
	}

	private static String quote(String word) {
		if (!word.isEmpty() && word.chars().noneMatch(c -> Character.isWhitespace(c) || c == '\'' || c == '"')) {
			return word;
		}
		return word.contains("'") ? '"' + word + '"' : "'" + word + "'";
	}

	private static void requireText(String value, String what) {
		Objects.requireNonNull(value, what);
		if (value.isBlank()) {
			throw new IllegalArgumentException(what + " must not be blank");
		}
	}
}
