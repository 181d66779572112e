package dev.piassistant.ui.chat.internal.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * Syntax colours for a code block: keywords, strings, comments and numbers (tags and attributes for XML),
 * found by a small scanner per language rather than a full grammar, which is all a chat's snippet needs and
 * fast enough to run on every streamed frame. Colours follow the theme: darker on light, lighter on dark.
 */
final class CodeColors {

	enum Kind {
		KEYWORD, STRING, COMMENT, NUMBER, TAG
	}

	/** A coloured stretch of the code. */
	record Token(int start, int length, Kind kind) {
	}

	private record Language(Set<String> keywords, String lineComment, boolean blockComments, boolean markup) {
	}

	private static final Language JAVA = new Language(Set.of("abstract", "assert", "boolean", "break", "byte", "case",
			"catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
			"finally", "float", "for", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
			"new", "package", "private", "protected", "public", "return", "short", "static", "super", "switch",
			"synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while", "var", "record",
			"sealed", "permits", "yield", "true", "false", "null"), "//", true, false);
	private static final Language JAVASCRIPT = new Language(Set.of("async", "await", "break", "case", "catch", "class",
			"const", "continue", "default", "delete", "do", "else", "export", "extends", "finally", "for", "from",
			"function", "if", "import", "in", "instanceof", "let", "new", "of", "return", "static", "super", "switch",
			"this", "throw", "try", "typeof", "var", "void", "while", "yield", "true", "false", "null", "undefined",
			"interface", "type"), "//", true, false);
	private static final Language PYTHON = new Language(Set.of("and", "as", "assert", "async", "await", "break",
			"class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
			"import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
			"yield", "True", "False", "None", "self"), "#", false, false);
	private static final Language SHELL = new Language(Set.of("if", "then", "else", "elif", "fi", "for", "while",
			"until", "do", "done", "case", "esac", "in", "function", "return", "export", "local", "echo", "cd", "exit",
			"set", "unset", "source"), "#", false, false);
	private static final Language JSON = new Language(Set.of("true", "false", "null"), null, false, false);
	private static final Language XML = new Language(Set.of(), null, false, true);

	private CodeColors() {
	}

	/** The tokens of a code block in a fence's language; none for languages it does not know. */
	static List<Token> scan(String code, String fenceLanguage) {
		var language = language(fenceLanguage.toLowerCase(Locale.ROOT));
		if (language == null) {
			return List.of();
		}
		return language.markup() ? markup(code) : new Scanner(code, language).scan();
	}

	private static Language language(String name) {
		return switch (name) {
		case "java", "kotlin", "groovy", "c", "cpp", "c++", "csharp", "cs", "go", "rust", "scala" -> JAVA;
		case "javascript", "js", "typescript", "ts", "jsx", "tsx", "mjs" -> JAVASCRIPT;
		case "python", "py" -> PYTHON;
		case "sh", "bash", "shell", "zsh", "console" -> SHELL;
		case "json", "jsonc" -> JSON;
		case "xml", "html", "xhtml", "svg", "pom" -> XML;
		default -> null;
		};
	}

	/** The style ranges for the tokens, in colours that suit the code's background. */
	static StyleRange[] styles(List<Token> tokens, Color background) {
		var rgb = background.getRGB();
		var dark = (rgb.red + rgb.green + rgb.blue) / 3 < 128;
		var ranges = new StyleRange[tokens.size()];
		for (int i = 0; i < ranges.length; i++) {
			var token = tokens.get(i);
			var range = new StyleRange(token.start(), token.length(), color(token.kind(), dark), null);
			range.fontStyle = token.kind() == Kind.KEYWORD ? SWT.BOLD : token.kind() == Kind.COMMENT ? SWT.ITALIC : SWT.NORMAL;
			ranges[i] = range;
		}
		return ranges;
	}

	private static Color color(Kind kind, boolean dark) {
		// The IDE's default Java colours on light themes (keywords purple, strings blue, comments green), and
		// the dark theme's counterparts.
		var rgb = switch (kind) {
		case KEYWORD -> dark ? new RGB(204, 108, 29) : new RGB(127, 0, 85);
		case STRING -> dark ? new RGB(23, 198, 163) : new RGB(42, 0, 255);
		case COMMENT -> dark ? new RGB(128, 128, 128) : new RGB(63, 127, 95);
		case NUMBER -> dark ? new RGB(104, 151, 187) : new RGB(125, 125, 125);
		case TAG -> dark ? new RGB(121, 171, 255) : new RGB(63, 127, 127);
		};
		return new Color(rgb);
	}

	/** XML and HTML: comments, tag names and attribute values. */
	private static List<Token> markup(String code) {
		var tokens = new ArrayList<Token>();
		int i = 0;
		while (i < code.length()) {
			if (code.startsWith("<!--", i)) {
				var end = code.indexOf("-->", i + 4);
				end = end < 0 ? code.length() : end + 3;
				tokens.add(new Token(i, end - i, Kind.COMMENT));
				i = end;
			} else if (code.charAt(i) == '<') {
				i = tag(code, i, tokens);
			} else {
				i++;
			}
		}
		return tokens;
	}

	private static int tag(String code, int open, List<Token> tokens) {
		int i = open + 1;
		while (i < code.length() && (Character.isLetterOrDigit(code.charAt(i)) || "/?!:-_.".indexOf(code.charAt(i)) >= 0)) {
			i++;
		}
		tokens.add(new Token(open, i - open, Kind.TAG));
		while (i < code.length() && code.charAt(i) != '>') {
			var c = code.charAt(i);
			if (c == '"' || c == '\'') {
				var end = code.indexOf(c, i + 1);
				end = end < 0 ? code.length() : end + 1;
				tokens.add(new Token(i, end - i, Kind.STRING));
				i = end;
			} else {
				i++;
			}
		}
		return Math.min(code.length(), i + 1);
	}

	/** Code of the C, script and data families: comments, strings, numbers and keywords, one pass. */
	private static final class Scanner {
		private final String code;
		private final Language language;
		private final List<Token> tokens = new ArrayList<>();
		private int i;

		Scanner(String code, Language language) {
			this.code = code;
			this.language = language;
		}

		List<Token> scan() {
			while (i < code.length()) {
				var c = code.charAt(i);
				if (language.lineComment() != null && code.startsWith(language.lineComment(), i)) {
					until(code.indexOf('\n', i), Kind.COMMENT);
				} else if (language.blockComments() && code.startsWith("/*", i)) {
					var end = code.indexOf("*/", i + 2);
					until(end < 0 ? -1 : end + 2, Kind.COMMENT);
				} else if (c == '"' || c == '\'' || c == '`') {
					string(c);
				} else if (Character.isDigit(c) && (i == 0 || !Character.isJavaIdentifierPart(code.charAt(i - 1)))) {
					var start = i;
					while (i < code.length() && (Character.isLetterOrDigit(code.charAt(i)) || code.charAt(i) == '.' || code.charAt(i) == '_')) {
						i++;
					}
					tokens.add(new Token(start, i - start, Kind.NUMBER));
				} else if (Character.isJavaIdentifierStart(c)) {
					word();
				} else {
					i++;
				}
			}
			return tokens;
		}

		private void until(int end, Kind kind) {
			var stop = end < 0 ? code.length() : end;
			tokens.add(new Token(i, stop - i, kind));
			i = stop;
		}

		private void string(char quote) {
			var start = i++;
			while (i < code.length() && code.charAt(i) != quote && (code.charAt(i) != '\n' || quote == '`')) {
				i += code.charAt(i) == '\\' ? 2 : 1;
			}
			i = Math.min(code.length(), i + 1);
			tokens.add(new Token(start, i - start, Kind.STRING));
		}

		private void word() {
			var start = i;
			while (i < code.length() && Character.isJavaIdentifierPart(code.charAt(i))) {
				i++;
			}
			if (language.keywords().contains(code.substring(start, i))) {
				tokens.add(new Token(start, i - start, Kind.KEYWORD));
			}
		}
	}
}
