package dev.piassistant.memory.internal.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.piassistant.memory.internal.text.Identifiers;

/**
 * The words of a query that are worth searching for: identifiers split into their words (and kept whole),
 * common English words left out, at most {@value #MAX_TERMS}.
 */
public final class QueryTerms {

	static final int MAX_TERMS = 16;

	private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does",
			"for", "from", "has", "have", "how", "i", "if", "in", "into", "is", "it", "its", "me", "of", "on", "or", "our",
			"should", "so", "that", "the", "their", "then", "there", "these", "this", "to", "was", "we", "what", "when",
			"where", "which", "who", "why", "will", "with", "you", "your", "all", "any", "not", "no", "been", "being",
			"given", "specified", "used", "use", "uses", "get", "gets", "returns", "return", "true", "false", "null");

	private QueryTerms() {
	}

	public static List<String> of(String text) {
		var terms = new LinkedHashSet<String>();
		for (var token : text.split("[^\\p{L}\\p{N}_]+")) {
			if (token.isEmpty()) {
				continue;
			}
			var words = Identifiers.words(token);
			if (words.size() > 1) {
				terms.add(token.toLowerCase(Locale.ROOT));
			}
			for (var word : words) {
				if (word.length() > 1 && !STOP.contains(word)) {
					terms.add(word);
				}
			}
		}
		var list = new ArrayList<>(terms);
		return list.size() <= MAX_TERMS ? list : list.subList(0, MAX_TERMS);
	}

	/** An FTS5 query matching any of the terms, each quoted so that no word is read as an operator. */
	public static String match(List<String> terms) {
		var match = new StringBuilder();
		for (var term : terms) {
			if (match.length() > 0) {
				match.append(" OR ");
			}
			match.append('"').append(term.replace("\"", "")).append('"');
		}
		return match.toString();
	}
}
