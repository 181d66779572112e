package dev.piassistant.core.memory;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Builds the memory from folders: Java by type and method (with the graph of imports, calls, hierarchy and tests),
 * markdown by heading, other text in overlapping windows, and the git history around them. Runs are incremental
 * (only new and changed files are read again; deleted ones are removed with all that came from them), one at a
 * time, and safe to stop or kill: every file is written in a transaction of its own, so the next run goes on where
 * the last one stopped.
 */
public interface MemoryIndex {

	/** The job family of index runs in the IDE, for {@code IJobManager.join}, {@code find} and {@code cancel}. */
	String JOB_FAMILY = "dev.piassistant.memory.index";

	/**
	 * Brings the index of these roots up to date; roots indexed before and not given are kept. Then embeds new
	 * chunks when an {@link Embedder} is installed.
	 */
	IndexReport index(List<IndexRoot> roots, IndexMonitor monitor);

	/** Indexes only these files (and removes those that no longer exist), as after an edit. */
	IndexReport update(List<IndexRoot> roots, Collection<Path> files, IndexMonitor monitor);

	/** Removes a root and everything indexed from it. */
	void forget(String root);
}
