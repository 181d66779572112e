package dev.piassistant.tools.internal.secrets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes secrets out of text before the model, the event log or the audit trail sees it: the values of this
 * process's secret variables and the providers' API keys wherever they appear, and whatever has the shape of a
 * key, a token or a private key.
 */
public final class Secrets {

	public static final String REMOVED = "[secret removed]";

	private static final int SHORTEST = 8;
	private static final List<Pattern> SHAPES = List.of(
			Pattern.compile("-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\\s\\S]*?-----END [A-Z0-9 ]*PRIVATE KEY-----"),
			Pattern.compile("\\bsk-(?:ant-|proj-)?[A-Za-z0-9_\\-]{16,}"),
			Pattern.compile("\\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,}"),
			Pattern.compile("\\bgithub_pat_[A-Za-z0-9_]{20,}"),
			Pattern.compile("\\bglpat-[A-Za-z0-9_\\-]{20,}"),
			Pattern.compile("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b"),
			Pattern.compile("\\bxox[abprs]-[A-Za-z0-9\\-]{10,}"),
			Pattern.compile("\\bAIza[0-9A-Za-z\\-_]{35}"),
			Pattern.compile("\\bhf_[A-Za-z0-9]{30,}"),
			Pattern.compile("\\bnpm_[A-Za-z0-9]{36}"));
	/** "Authorization: Bearer ..." and "api_key = ..." keep their name; the value goes when it looks random. */
	private static final Pattern NAMED = Pattern.compile(
			"(?i)((?:authorization|proxy-authorization)\\s*[:=]\\s*(?:bearer|basic|token)?\\s*|(?:api[_-]?key|access[_-]?key|secret(?:[_-]?key)?|"
					+ "auth[_-]?token|access[_-]?token|client[_-]?secret|password|passwd|private[_-]?key)[\"']?\\s*[:=]\\s*[\"']?)"
					+ "([A-Za-z0-9._~+/=\\-]{12,})");

	private final Supplier<Set<String>> known;

	/** @param known the exact values to remove: asked at every use, so new API keys count at once */
	public Secrets(Supplier<Set<String>> known) {
		this.known = known;
	}

	public String scrub(String text) {
		var result = text;
		var values = new ArrayList<>(known.get());
		values.sort(Comparator.comparingInt(String::length).reversed());
		for (var value : values) {
			if (value.length() >= SHORTEST && result.contains(value)) {
				result = result.replace(value, REMOVED);
			}
		}
		for (var shape : SHAPES) {
			result = shape.matcher(result).replaceAll(Matcher.quoteReplacement(REMOVED));
		}
		var named = NAMED.matcher(result);
		var out = new StringBuilder();
		while (named.find()) {
			var value = named.group(2);
			named.appendReplacement(out, Matcher.quoteReplacement(named.group(1) + (looksRandom(value) ? REMOVED : value)));
		}
		named.appendTail(out);
		return out.toString();
	}

	/** Letters and digits mixed: a value, not a word of code such as "getPassword". */
	private static boolean looksRandom(String value) {
		return value.chars().anyMatch(Character::isDigit) && value.chars().anyMatch(Character::isLetter)
				&& !value.startsWith("$") && !value.contains("${");
	}

	/** The values of variables whose names say they hold secrets. */
	public static Set<String> secretValues(Map<String, String> environment) {
		var values = new LinkedHashSet<String>();
		environment.forEach((name, value) -> {
			if (Environment.isSecretName(name) && value.length() >= SHORTEST) {
				values.add(value);
			}
		});
		return values;
	}
}
