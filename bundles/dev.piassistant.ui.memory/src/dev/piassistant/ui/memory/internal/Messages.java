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

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
