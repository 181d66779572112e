package dev.piassistant.ui.memory.internal;

import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.core.memory.Entity;
import dev.piassistant.core.memory.EntityKind;
import dev.piassistant.core.memory.Hit;
import dev.piassistant.core.memory.Link;
import dev.piassistant.core.memory.RelationKind;

/** How hits and links read in the view's tables: kinds, relations and signals in the user's language. */
final class Labels {

	private Labels() {
	}

	static String kind(Entity entity) {
		return kind(entity.kind());
	}

	static String kind(EntityKind kind) {
		return switch (kind) {
		case PROJECT -> Messages.Kind_project;
		case PACKAGE -> Messages.Kind_package;
		case FILE -> Messages.Kind_file;
		case TYPE -> Messages.Kind_type;
		case METHOD -> Messages.Kind_method;
		case FIELD -> Messages.Kind_field;
		case TEST -> Messages.Kind_test;
		case COMMIT -> Messages.Kind_commit;
		case AUTHOR -> Messages.Kind_author;
		case CONCEPT -> Messages.Kind_concept;
		case TOOL -> Messages.Kind_tool;
		case TASK -> Messages.Kind_task;
		case DECISION -> Messages.Kind_decision;
		};
	}

	static String signals(Hit hit) {
		return hit.signals().stream().sorted().map(Labels::signal).collect(Collectors.joining(", "));
	}

	static String signal(Hit.Signal signal) {
		return switch (signal) {
		case KEYWORDS -> Messages.Signal_keywords;
		case MEANING -> Messages.Signal_meaning;
		case GRAPH -> Messages.Signal_graph;
		};
	}

	static String relation(Link link) {
		return NLS.bind(link.outgoing() ? Messages.Relation_outgoing : Messages.Relation_incoming, relation(link.relation()));
	}

	static String relation(RelationKind relation) {
		return switch (relation) {
		case CONTAINS -> Messages.Relation_contains;
		case IMPORTS -> Messages.Relation_imports;
		case DEPENDS_ON -> Messages.Relation_dependsOn;
		case CALLS -> Messages.Relation_calls;
		case EXTENDS -> Messages.Relation_extends;
		case IMPLEMENTS -> Messages.Relation_implements;
		case OVERRIDES -> Messages.Relation_overrides;
		case TESTS -> Messages.Relation_tests;
		case AUTHORED_BY -> Messages.Relation_authoredBy;
		case MODIFIED_IN -> Messages.Relation_modifiedIn;
		case RELATED_TO -> Messages.Relation_relatedTo;
		case MENTIONS -> Messages.Relation_mentions;
		case DECIDED_IN -> Messages.Relation_decidedIn;
		};
	}

	static String source(Entity entity) {
		return entity.source().map(source -> source.cite()).orElse("");
	}
}
