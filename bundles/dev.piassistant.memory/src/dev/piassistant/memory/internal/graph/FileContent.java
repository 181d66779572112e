package dev.piassistant.memory.internal.graph;

import java.util.ArrayList;
import java.util.List;

import dev.piassistant.core.memory.EntityKind;
import dev.piassistant.core.memory.RelationKind;
import dev.piassistant.memory.internal.text.ChunkTerms;
import dev.piassistant.memory.internal.text.EmbedText;
import dev.piassistant.memory.internal.text.Hashes;

/** What was read from one file: its entities (the file itself first), relations and chunks. */
public final class FileContent {

	public final List<EntityDraft> entities = new ArrayList<>();
	public final List<RelationDraft> relations = new ArrayList<>();
	public final List<ChunkDraft> chunks = new ArrayList<>();
	private final List<String> embedHashes = new ArrayList<>();
	private final List<ChunkTerms> terms = new ArrayList<>();

	/** Adds an entity; returns its index, for relations and chunks. */
	public int entity(EntityDraft draft) {
		entities.add(draft);
		return entities.size() - 1;
	}

	public int entity(EntityKind kind, String key, String name, String detail, int startLine, int endLine) {
		return entity(new EntityDraft(kind, key, name, detail, null, startLine, endLine));
	}

	public void relate(int owner, String source, RelationKind kind, String target, int weight, int line) {
		relations.add(new RelationDraft(owner, source, kind, target, weight, line));
	}

	public void chunk(int entity, String title, int startLine, int endLine, String section, String text) {
		if (!text.isBlank()) {
			chunks.add(new ChunkDraft(entity, title, startLine, endLine, section, text));
		}
	}

	/**
	 * The hashes of what each chunk embeds (see {@link EmbedText}), by which vectors are cached: worked out on the
	 * reading threads, so that the single writer only writes.
	 */
	public List<String> embedHashes() {
		while (embedHashes.size() < chunks.size()) {
			var chunk = chunks.get(embedHashes.size());
			embedHashes.add(Hashes.of(EmbedText.of(chunk.title(), chunk.text())));
		}
		return embedHashes;
	}

	/** Each chunk's words for the keyword index, likewise worked out on the reading threads. */
	public List<ChunkTerms> terms() {
		while (terms.size() < chunks.size()) {
			var chunk = chunks.get(terms.size());
			terms.add(ChunkTerms.of(chunk.title(), chunk.text()));
		}
		return terms;
	}

	public String key(int entity) {
		return entities.get(entity).key();
	}
}
