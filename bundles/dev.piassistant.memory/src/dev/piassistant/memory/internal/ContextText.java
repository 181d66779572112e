package dev.piassistant.memory.internal;

import java.util.List;
import java.util.Set;

import dev.piassistant.core.memory.EntityKind;
import dev.piassistant.core.memory.Hit;

/**
 * The memory's context for a piece of work, as the model reads it: numbered hits, each with the source to cite
 * and its best lines, within a budget of characters. AGENTS.md files are left out (the agent pins them anyway),
 * and so are episodes the user rated down.
 */
final class ContextText {

	static final String PINNED = "AGENTS.md";

	private ContextText() {
	}

	static String of(List<Hit> hits, Set<String> ratedDown, int maxChars) {
		var text = new StringBuilder();
		int number = 0;
		for (var hit : hits) {
			if (hit.source().path().endsWith("/" + PINNED) || ratedDown.contains(hit.entity().key())) {
				continue;
			}
			var entry = "[" + (number + 1) + "] " + label(hit) + " \u2014 " + hit.source().cite() + "\n" + indent(hit.snippet()) + "\n";
			if (text.length() + entry.length() > maxChars) {
				break;
			}
			text.append(entry);
			number++;
		}
		return text.toString().strip();
	}

	private static String label(Hit hit) {
		var kind = hit.entity().kind();
		var what = kind == EntityKind.TASK ? "an earlier task" : kind == EntityKind.COMMIT ? "a commit"
				: kind == EntityKind.CONCEPT ? "a knowledge note" : kind.name().toLowerCase(java.util.Locale.ROOT);
		return hit.title() + " (" + what + ")";
	}

	private static String indent(String snippet) {
		return "    " + snippet.replace("\n", "\n    ");
	}
}
