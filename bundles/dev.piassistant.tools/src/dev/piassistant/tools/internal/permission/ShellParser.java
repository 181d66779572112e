package dev.piassistant.tools.internal.permission;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.tools.internal.permission.ShellScript.Pipeline;
import dev.piassistant.tools.internal.permission.ShellScript.Redirect;
import dev.piassistant.tools.internal.permission.ShellScript.SimpleCommand;
import dev.piassistant.tools.internal.permission.ShellScript.Word;

/**
 * Reads a command line the way {@code sh} splits it: quotes, escapes, separators, pipes, redirections,
 * assignments, variables and substitutions. What it cannot know before the line runs (compound commands,
 * subshells, functions, here-documents) is named in {@link ShellScript#opaque()}; a command is never judged by
 * a string match of its text.
 */
final class ShellParser {

	private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*", Pattern.DOTALL);
	private static final Set<String> COMPOUND = Set.of("if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done",
			"case", "esac", "function", "select", "[[", "]]", "{", "}", "!", "coproc", "time");
	private static final String META = " \t\n;&|<>()";

	private final String text;
	private int at;
	private final List<Pipeline> pipelines = new ArrayList<>();
	private final List<String> opaque = new ArrayList<>();
	private final List<String> substitutions = new ArrayList<>();
	private List<SimpleCommand> pipeline = new ArrayList<>();
	private List<Word> assignments = new ArrayList<>();
	private List<Word> words = new ArrayList<>();
	private List<Redirect> redirects = new ArrayList<>();

	private ShellParser(String text) {
		this.text = text;
	}

	static ShellScript parse(String commandLine) {
		var parser = new ShellParser(commandLine);
		parser.script();
		return new ShellScript(List.copyOf(parser.pipelines), List.copyOf(parser.opaque), List.copyOf(parser.substitutions));
	}

	private void script() {
		while (at < text.length()) {
			var c = text.charAt(at);
			if (c == ' ' || c == '\t') {
				at++;
			} else if (c == '\n' || c == ';') {
				at++;
				if (c == ';' && peek(';')) {
					opaque.add(Messages.Opaque_case);
					at++;
				}
				endPipeline();
			} else if (c == '&') {
				ampersand();
			} else if (c == '|') {
				at++;
				if (peek('|')) {
					at++;
					endPipeline();
				} else {
					if (peek('&')) {
						at++;
					}
					endCommand();
				}
			} else if (c == '<' || c == '>') {
				redirect("");
			} else if (c == '(') {
				opaque.add(words.isEmpty() ? Messages.Opaque_subshell : Messages.Opaque_function);
				skipBalanced('(', ')');
			} else if (c == ')') {
				opaque.add(Messages.Opaque_unbalanced);
				at++;
			} else if (c == '#' && isWordStart()) {
				while (at < text.length() && text.charAt(at) != '\n') {
					at++;
				}
			} else {
				word();
			}
		}
		endPipeline();
	}

	private boolean isWordStart() {
		return at == 0 || META.indexOf(text.charAt(at - 1)) >= 0;
	}

	private void ampersand() {
		at++;
		if (peek('&')) {
			at++;
			endPipeline();
		} else if (peek('>')) {
			redirect("&");
		} else {
			endPipeline();
		}
	}

	private void word() {
		var start = at;
		var word = readWord();
		var raw = text.substring(start, at);
		if (word.text().isEmpty() && !word.dynamic() && raw.isEmpty()) {
			at++;
			return;
		}
		if (peek('(') && !word.dynamic() && !raw.contains("=")) {
			opaque.add(Messages.Opaque_function);
			skipBalanced('(', ')');
			return;
		}
		if ((peek('<') || peek('>')) && raw.chars().allMatch(Character::isDigit)) {
			redirect(raw);
			return;
		}
		if (words.isEmpty() && ASSIGNMENT.matcher(raw).matches()) {
			assignments.add(word);
		} else {
			if (words.isEmpty() && COMPOUND.contains(raw)) {
				opaque.add(NLS.bind(Messages.Opaque_compound, raw));
			}
			words.add(word);
		}
	}

	private void redirect(String descriptor) {
		var operator = new StringBuilder(descriptor);
		var first = text.charAt(at);
		operator.append(first);
		at++;
		if (first == '<' && peek('(') || first == '>' && peek('(')) {
			substitution('(', ')');
			words.add(new Word(operator + "(...)", true));
			return;
		}
		if (first == '<' && peek('<')) {
			at++;
			if (peek('<')) {
				at++;
				operator.append("<<");
			} else {
				opaque.add(Messages.Opaque_hereDocument);
				operator.append('<');
			}
		} else if (peek(first) || peek('&') || peek('|')) {
			operator.append(text.charAt(at));
			at++;
		}
		while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
			at++;
		}
		var target = readWord();
		redirects.add(new Redirect(operator.toString(), target));
	}

	/** Reads one word up to an unquoted separator, removing quotes and noting variables and substitutions. */
	private Word readWord() {
		var word = new StringBuilder();
		var dynamic = false;
		while (at < text.length() && META.indexOf(text.charAt(at)) < 0) {
			var c = text.charAt(at);
			if (c == '\'') {
				var end = text.indexOf('\'', at + 1);
				if (end < 0) {
					opaque.add(NLS.bind(Messages.Opaque_unclosed, "quote"));
					word.append(text, at + 1, text.length());
					at = text.length();
				} else {
					word.append(text, at + 1, end);
					at = end + 1;
				}
			} else if (c == '"') {
				dynamic |= doubleQuoted(word);
			} else if (c == '\\') {
				at++;
				if (at < text.length() && text.charAt(at) != '\n') {
					word.append(text.charAt(at));
				}
				at++;
			} else if (c == '$' || c == '`') {
				dynamic |= dollarOrBacktick(word);
			} else {
				if (c == '{' && text.indexOf('}', at) > at && braceExpands()) {
					dynamic = true;
				}
				word.append(c);
				at++;
			}
		}
		return new Word(word.toString(), dynamic);
	}

	private boolean braceExpands() {
		var end = text.indexOf('}', at);
		var inside = text.substring(at + 1, end);
		return inside.contains(",") || inside.contains("..");
	}

	/** Reads "..." into the word; true when a variable or substitution makes it dynamic. */
	private boolean doubleQuoted(StringBuilder word) {
		at++;
		var dynamic = false;
		while (at < text.length() && text.charAt(at) != '"') {
			var c = text.charAt(at);
			if (c == '\\' && at + 1 < text.length() && "\"\\$`\n".indexOf(text.charAt(at + 1)) >= 0) {
				if (text.charAt(at + 1) != '\n') {
					word.append(text.charAt(at + 1));
				}
				at += 2;
			} else if (c == '$' || c == '`') {
				dynamic |= dollarOrBacktick(word);
			} else {
				word.append(c);
				at++;
			}
		}
		if (at >= text.length()) {
			opaque.add(NLS.bind(Messages.Opaque_unclosed, "quote"));
		}
		at++;
		return dynamic;
	}

	/** A variable, an arithmetic expansion or a substitution: dynamic. A lone $ is a dollar sign. */
	private boolean dollarOrBacktick(StringBuilder word) {
		var c = text.charAt(at);
		if (c == '`') {
			var end = text.indexOf('`', at + 1);
			if (end < 0) {
				opaque.add(NLS.bind(Messages.Opaque_unclosed, "`"));
				at = text.length();
			} else {
				substitutions.add(text.substring(at + 1, end));
				at = end + 1;
			}
			word.append("`...`");
			return true;
		}
		var next = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
		if (next == '(') {
			at++;
			if (at + 1 < text.length() && text.charAt(at + 1) == '(') {
				skipBalanced('(', ')');
			} else {
				substitution('(', ')');
			}
			word.append("$(...)");
			return true;
		}
		if (next == '{') {
			at++;
			skipBalanced('{', '}');
			word.append("${...}");
			return true;
		}
		if (Character.isLetter(next) || next == '_') {
			at++;
			while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
				at++;
			}
			word.append("$VAR");
			return true;
		}
		if (Character.isDigit(next) || "@*#?$!-".indexOf(next) >= 0) {
			at += 2;
			word.append("$VAR");
			return true;
		}
		word.append('$');
		at++;
		return false;
	}

	/** At an opening bracket: records the text inside as a command of its own. */
	private void substitution(char open, char close) {
		var start = at + 1;
		skipBalanced(open, close);
		substitutions.add(text.substring(start, Math.max(start, at - 1)));
	}

	/** At an opening bracket: skips to after its closing one, minding quotes. */
	private void skipBalanced(char open, char close) {
		var depth = 0;
		while (at < text.length()) {
			var c = text.charAt(at);
			if (c == '\'' || c == '"') {
				var end = text.indexOf(c, at + 1);
				at = end < 0 ? text.length() : end + 1;
				continue;
			}
			if (c == '\\') {
				at += 2;
				continue;
			}
			at++;
			if (c == open) {
				depth++;
			} else if (c == close && --depth == 0) {
				return;
			}
		}
		opaque.add(NLS.bind(Messages.Opaque_unclosed, String.valueOf(open)));
	}

	private boolean peek(char c) {
		return at < text.length() && text.charAt(at) == c;
	}

	private void endCommand() {
		if (!words.isEmpty() || !assignments.isEmpty() || !redirects.isEmpty()) {
			pipeline.add(new SimpleCommand(List.copyOf(assignments), List.copyOf(words), List.copyOf(redirects)));
		}
		assignments = new ArrayList<>();
		words = new ArrayList<>();
		redirects = new ArrayList<>();
	}

	private void endPipeline() {
		endCommand();
		if (!pipeline.isEmpty()) {
			pipelines.add(new Pipeline(List.copyOf(pipeline)));
		}
		pipeline = new ArrayList<>();
	}
}
