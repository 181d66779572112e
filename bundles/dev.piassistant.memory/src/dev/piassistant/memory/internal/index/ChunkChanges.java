package dev.piassistant.memory.internal.index;

import java.util.ArrayList;
import java.util.List;

/** The chunks a write removed and added, for what keeps copies of them (the vectors in memory). */
public final class ChunkChanges {

	public final List<Long> removed = new ArrayList<>();
	public final List<Long> added = new ArrayList<>();

	public boolean isEmpty() {
		return removed.isEmpty() && added.isEmpty();
	}

	public void addAll(ChunkChanges other) {
		removed.addAll(other.removed);
		added.addAll(other.added);
	}
}
