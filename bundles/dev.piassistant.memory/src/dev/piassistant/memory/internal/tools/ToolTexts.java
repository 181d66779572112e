package dev.piassistant.memory.internal.tools;

import java.util.List;
import java.util.Locale;

import dev.piassistant.core.memory.Entity;
import dev.piassistant.core.memory.GraphAnswer;
import dev.piassistant.core.memory.GraphQuestion;
import dev.piassistant.core.memory.Hit;
import dev.piassistant.core.memory.Link;
import dev.piassistant.core.memory.MemoryStatus;

/** The memory's answers as the model reads them: short, one line per item, every item with its source. */
final class ToolTexts {

	private ToolTexts() {
	}

	static String hits(String query, List<Hit> hits, MemoryStatus status) {
		if (status.chunks() == 0) {
			return "The memory is empty: the workspace has not been indexed yet.";
		}
		if (hits.isEmpty()) {
			return "Nothing in the memory matches '" + query + "'.";
		}
		var text = new StringBuilder();
		for (int i = 0; i < hits.size(); i++) {
			var hit = hits.get(i);
			text.append('[').append(i + 1).append("] ").append(hit.title()).append(" (").append(kind(hit.entity())).append(") \u2014 ")
					.append(hit.source().cite()).append('\n');
			text.append("    ").append(hit.snippet().replace("\n", "\n    ")).append('\n');
		}
		return text.toString().strip();
	}

	static String answer(GraphAnswer answer) {
		var subject = answer.subject();
		var text = new StringBuilder(heading(answer.question())).append(' ').append(describe(subject)).append(":\n");
		if (answer.links().isEmpty()) {
			text.append("(none found)\n");
		}
		for (var link : answer.links()) {
			text.append("- ").append(line(link)).append('\n');
		}
		if (!answer.alternatives().isEmpty()) {
			text.append("The name could also mean: ");
			text.append(String.join("; ", answer.alternatives().stream().limit(5).map(ToolTexts::describe).toList()));
		}
		return text.toString().strip();
	}

	private static String heading(GraphQuestion question) {
		return switch (question) {
		case RELATED -> "Related to";
		case CALLERS -> "Callers of";
		case CALLEES -> "Called by";
		case TESTS -> "Tests of";
		case HISTORY -> "Commits that changed the file of";
		case IMPLEMENTORS -> "Implementations of";
		case REFERENCES -> "Users of";
		};
	}

	private static String line(Link link) {
		var entity = link.entity();
		var relation = link.relation().name().toLowerCase(Locale.ROOT).replace('_', ' ');
		var weight = link.weight() > 1 ? " \u00d7" + link.weight() : "";
		return (link.outgoing() ? relation + " \u2192 " : relation + " \u2190 ") + describe(entity) + weight;
	}

	static String describe(Entity entity) {
		var name = switch (entity.kind()) {
		case METHOD, TEST, FIELD -> shortMember(entity.key());
		case COMMIT -> entity.detail() + ": " + entity.name();
		default -> entity.key().contains(":") ? entity.name() : entity.key();
		};
		return name + " (" + kind(entity) + entity.source().map(source -> ", " + source.cite()).orElse("") + ")";
	}

	private static String shortMember(String key) {
		var hash = key.indexOf('#');
		var type = key.substring(0, hash);
		return type.substring(type.lastIndexOf('.') + 1) + "." + key.substring(hash + 1);
	}

	private static String kind(Entity entity) {
		return entity.kind().name().toLowerCase(Locale.ROOT);
	}
}
