package dev.piassistant.memory.internal.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.piassistant.memory.internal.graph.FileContent;
import dev.piassistant.memory.internal.text.ChunkTerms;

/**
 * The chunks a write removed and added, for what keeps copies of them in memory (the keyword index and the
 * vectors). A run's changes are told to {@code committed} batch by batch, as each batch's transaction commits, so
 * that keyword search finds what a long run wrote so far.
 */
public final class ChunkChanges {

	public final List<Long> removed = new ArrayList<>();
	public final List<Long> added = new ArrayList<>();
	/**
	 * The keyword terms of added chunks, where the writer had them (see {@link FileContent#terms()}); told with the
	 * batch only, not kept for the run.
	 */
	public final Map<Long, ChunkTerms> terms = new HashMap<>();
	private final Consumer<ChunkChanges> committed;

	public ChunkChanges() {
		this(changes -> {
		});
	}

	public ChunkChanges(Consumer<ChunkChanges> committed) {
		this.committed = committed;
	}

	public boolean isEmpty() {
		return removed.isEmpty() && added.isEmpty();
	}

	/** Adds the changes of a batch whose transaction committed (its terms only go to {@code committed}). */
	public void addAll(ChunkChanges other) {
		removed.addAll(other.removed);
		added.addAll(other.added);
		if (!other.isEmpty()) {
			committed.accept(other);
		}
	}
}
