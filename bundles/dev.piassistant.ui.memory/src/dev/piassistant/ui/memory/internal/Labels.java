package dev.piassistant.ui.memory.internal;

import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.core.memory.Entity;
import dev.piassistant.core.memory.Hit;
import dev.piassistant.core.memory.Link;

/** How hits and links read in the view's tables. */
final class Labels {

	private Labels() {
	}

	static String kind(Entity entity) {
		return words(entity.kind().name());
	}

	static String signals(Hit hit) {
		return hit.signals().stream().sorted().map(signal -> words(signal.name())).collect(Collectors.joining(", "));
	}

	static String relation(Link link) {
		return NLS.bind(link.outgoing() ? Messages.Relation_outgoing : Messages.Relation_incoming, words(link.relation().name()));
	}

	static String source(Entity entity) {
		return entity.source().map(source -> source.cite()).orElse("");
	}

	/** An enum constant as words: DEPENDS_ON reads "depends on". */
	private static String words(String constant) {
		return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
	}
}
