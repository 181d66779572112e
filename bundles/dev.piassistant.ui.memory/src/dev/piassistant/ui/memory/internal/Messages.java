package dev.piassistant.ui.memory.internal;

import org.eclipse.osgi.util.NLS;

/** The Memory view's texts. */
public final class Messages extends NLS {

	public static String MemoryView_searchHint;
	public static String MemoryView_hit;
	public static String MemoryView_kind;
	public static String MemoryView_source;
	public static String MemoryView_found;
	public static String MemoryView_relation;
	public static String MemoryView_neighbour;
	public static String MemoryView_neighboursOf;
	public static String MemoryView_status;
	public static String MemoryView_empty;
	public static String MemoryView_noMemory;
	public static String MemoryView_nothingFound;
	public static String MemoryView_searching;
	public static String MemoryView_failed;
	public static String MemoryView_openFailed;
	public static String Relation_outgoing;
	public static String Relation_incoming;
	public static String Kind_project;
	public static String Kind_package;
	public static String Kind_file;
	public static String Kind_type;
	public static String Kind_method;
	public static String Kind_field;
	public static String Kind_test;
	public static String Kind_commit;
	public static String Kind_author;
	public static String Kind_concept;
	public static String Kind_tool;
	public static String Kind_task;
	public static String Kind_decision;
	public static String Relation_contains;
	public static String Relation_imports;
	public static String Relation_dependsOn;
	public static String Relation_calls;
	public static String Relation_extends;
	public static String Relation_implements;
	public static String Relation_overrides;
	public static String Relation_tests;
	public static String Relation_authoredBy;
	public static String Relation_modifiedIn;
	public static String Relation_relatedTo;
	public static String Relation_mentions;
	public static String Relation_decidedIn;
	public static String Signal_keywords;
	public static String Signal_meaning;
	public static String Signal_graph;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
