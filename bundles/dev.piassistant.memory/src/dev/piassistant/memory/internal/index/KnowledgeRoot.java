package dev.piassistant.memory.internal.index;

import java.nio.file.Path;

import dev.piassistant.core.PiHome;
import dev.piassistant.core.memory.IndexRoot;

/** The user's own knowledge files, {@code ~/.pi-assistant/knowledge/}: indexed with every workspace. */
public final class KnowledgeRoot {

	/** Its name as an index root; not a name a project folder can have on its own. */
	public static final String NAME = "~knowledge";

	private KnowledgeRoot() {
	}

	public static Path folder() {
		return PiHome.directory().resolve("knowledge");
	}

	public static IndexRoot root() {
		return new IndexRoot(NAME, folder());
	}
}
