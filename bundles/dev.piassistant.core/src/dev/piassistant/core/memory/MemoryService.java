package dev.piassistant.core.memory;

import java.util.List;
import java.util.Optional;

import dev.piassistant.core.TaskId;

/**
 * Searches what the memory knows. Queries are short reads of the workspace database; they may be called from any
 * thread but not from the UI thread.
 */
public interface MemoryService {

	/** Hybrid search: the hits of each chosen retriever fused by rank, every hit with its source. */
	List<Hit> search(MemoryQuery query);

	/**
	 * Asks the graph about an entity named by {@code subject}: a qualified or simple name of a type or method
	 * ({@code Repository}, {@code Repository#resolve}, {@code org.eclipse.jgit.lib.Repository}), a file path, or an
	 * entity key. Empty when nothing has that name.
	 */
	Optional<GraphAnswer> ask(GraphQuestion question, String subject, int limit);

	/** Entities whose name or key matches, the closest first. */
	List<Entity> find(String name, int limit);

	/** Every entity connected to this one, both ways, the strongest ties first. */
	List<Link> neighbours(long entity, int limit);

	/**
	 * What the memory holds about a piece of work, as text to put before the model: the best hits with their
	 * sources, within {@code maxChars}. Empty when the memory is empty or nothing relevant is found. Project
	 * instructions (AGENTS.md), which the agent pins anyway, are left out.
	 */
	String context(String work, int maxChars);

	/** Finished tasks, the latest first. */
	List<Episode> episodes(int limit);

	/** Rates an episode; a rating of DOWN keeps it out of the agent's context. */
	void rate(TaskId task, Episode.Rating rating);

	/** Writes a note into a knowledge file and indexes it; returns where it went. */
	Source remember(KnowledgeNote note);

	MemoryStatus status();

	/** Called (on any thread) after the memory changed: an index run, an episode, a note. */
	void addListener(Runnable listener);

	void removeListener(Runnable listener);
}
