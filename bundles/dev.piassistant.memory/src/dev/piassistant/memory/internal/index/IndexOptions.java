package dev.piassistant.memory.internal.index;

/**
 * How the index is built.
 *
 * @param javadocInChunks whether method chunks keep their Javadoc (the benchmark leaves it out, to search by it)
 * @param history         whether the git history is indexed
 * @param maxCommits      how many of the latest commits the first run of a repository reads
 */
public record IndexOptions(boolean javadocInChunks, boolean history, int maxCommits) {

	public static final IndexOptions DEFAULT = new IndexOptions(true, true, 2_000);
}
