package dev.piassistant.memory.internal.index;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.memory.internal.java.Resolver;

/** A file to index in this run: where it is, and once read, its text and (for Java) what the parser found. */
final class Pending {

	final long rootId;
	final String root;
	final java.nio.file.Path folder;
	final Scanner.Found found;
	@Nullable String text;
	@Nullable String hash;
	Resolver.@Nullable Parsed parsed;
	/** Read and unchanged since it was indexed: only its time of change is recorded. */
	boolean unchanged;

	Pending(long rootId, String root, java.nio.file.Path folder, Scanner.Found found) {
		this.rootId = rootId;
		this.root = root;
		this.folder = folder;
		this.found = found;
	}

	java.nio.file.Path file() {
		return folder.resolve(found.path());
	}
}
