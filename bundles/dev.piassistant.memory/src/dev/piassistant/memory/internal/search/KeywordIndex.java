package dev.piassistant.memory.internal.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import dev.piassistant.memory.internal.text.ChunkTerms;
import dev.piassistant.memory.internal.text.Tokens;

/**
 * The chunks' words in memory, for keyword search ranked by BM25 as SQLite's FTS5 ranks it (k1 1.2, b 0.75, a
 * title's words counting {@value ChunkTerms#TITLE_WEIGHT} times), scored term at a time over compact postings: for
 * each word the slots of the chunks that have it and how often (title weighed in). FTS5 over OR-ed words took 35-90 ms at
 * 100,000 chunks; this takes a few. Chunks come and go as the index changes; removed ones are skipped until a
 * quarter of the slots are dead, then the postings are compacted.
 */
public final class KeywordIndex {

	static final double K1 = 1.2;
	static final double B = 0.75;

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
	private final Map<String, Integer> termIds = new HashMap<>();
	private int[][] postings = new int[0][];
	private char[][] frequencies = new char[0][];
	private int[] counts = new int[0];
	private int terms;

	private final Map<Long, Integer> slots = new HashMap<>();
	private long[] ids = new long[0];
	private int[] lengths = new int[0];
	private int size;
	private int dead;
	private long totalLength;

	public int size() {
		return size - dead;
	}

	/** Adds or replaces a chunk: its title and text, each as the full-text index would see it. */
	public void put(long chunk, String title, String text) {
		put(chunk, ChunkTerms.of(title, text));
	}

	/** Adds or replaces a chunk by its terms, worked out before. */
	public void put(long chunk, ChunkTerms terms) {
		lock.writeLock().lock();
		try {
			removeLocked(chunk);
			if (size == ids.length) {
				var capacity = Math.max(1_024, size * 2);
				ids = Arrays.copyOf(ids, capacity);
				lengths = Arrays.copyOf(lengths, capacity);
			}
			int slot = size++;
			ids[slot] = chunk;
			lengths[slot] = terms.length();
			totalLength += terms.length();
			slots.put(chunk, slot);
			for (int i = 0; i < terms.size(); i++) {
				append(termId(terms.token(i)), slot, (char) Math.min(Character.MAX_VALUE, terms.count(i)));
			}
		} finally {
			lock.writeLock().unlock();
		}
	}

	public void remove(long chunk) {
		lock.writeLock().lock();
		try {
			removeLocked(chunk);
			if (dead > 1_000 && dead > size / 4) {
				compact();
			}
		} finally {
			lock.writeLock().unlock();
		}
	}

	/**
	 * The {@code k} chunks that best match any of the terms (query words, see {@link QueryTerms}), best first. A term
	 * that is several words to the tokenizer (FTS5 would read it as a phrase) is left out: its words are terms too.
	 */
	public List<Ranked> search(List<String> queryTerms, int k) {
		var wanted = new ArrayList<String>();
		var tokens = new Tokens();
		for (var term : queryTerms) {
			var parts = new ArrayList<String>(1);
			tokens.each(term, parts::add);
			if (parts.size() == 1) {
				wanted.add(parts.get(0));
			}
		}
		lock.readLock().lock();
		try {
			int live = size - dead;
			if (live == 0 || wanted.isEmpty() || k <= 0) {
				return List.of();
			}
			var scores = new float[size];
			var averageLength = (double) totalLength / live;
			for (var token : wanted) {
				var id = termIds.get(token);
				if (id != null) {
					score(id, live, averageLength, scores);
				}
			}
			return best(scores, k);
		} finally {
			lock.readLock().unlock();
		}
	}

	/** About how many bytes the index holds: its arrays, and the maps by their entries. */
	public long bytes() {
		lock.readLock().lock();
		try {
			long bytes = (long) ids.length * 8 + (long) lengths.length * 4 + (long) counts.length * 4 + (long) postings.length * 16;
			for (int t = 0; t < terms; t++) {
				bytes += 32 + (long) postings[t].length * 4 + (long) frequencies[t].length * 2;
			}
			bytes += slots.size() * 64L;
			for (var term : termIds.keySet()) {
				bytes += 88 + term.length();
			}
			return bytes;
		} finally {
			lock.readLock().unlock();
		}
	}

	/** Gives back what the postings reserved for growth: after loading, when few chunks are added. */
	public void trim() {
		lock.writeLock().lock();
		try {
			for (int t = 0; t < terms; t++) {
				postings[t] = Arrays.copyOf(postings[t], counts[t]);
				frequencies[t] = Arrays.copyOf(frequencies[t], counts[t]);
			}
		} finally {
			lock.writeLock().unlock();
		}
	}

	private void score(int term, int live, double averageLength, float[] scores) {
		var slotsOf = postings[term];
		var frequencyOf = frequencies[term];
		int count = counts[term];
		int matching = count;
		if (dead > 0) {
			matching = 0;
			for (int i = 0; i < count; i++) {
				matching += ids[slotsOf[i]] >= 0 ? 1 : 0;
			}
		}
		var idf = Math.log((live - matching + 0.5) / (matching + 0.5));
		if (idf <= 0) {
			idf = 1e-6;
		}
		var lengthFactor = K1 * B / averageLength;
		var constant = K1 * (1 - B);
		for (int i = 0; i < count; i++) {
			int slot = slotsOf[i];
			if (ids[slot] < 0) {
				continue;
			}
			double frequency = frequencyOf[i];
			scores[slot] += (float) (idf * frequency * (K1 + 1) / (frequency + constant + lengthFactor * lengths[slot]));
		}
	}

	private List<Ranked> best(float[] scores, int k) {
		var heap = new PriorityQueue<Ranked>(k + 1, (a, b) -> a.score() != b.score() ? Double.compare(a.score(), b.score())
				: Long.compare(b.chunk(), a.chunk()));
		float floor = 0;
		for (int slot = 0; slot < size; slot++) {
			float score = scores[slot];
			if (score <= 0 || (heap.size() == k && score < floor)) {
				continue;
			}
			heap.add(new Ranked(ids[slot], score));
			if (heap.size() > k) {
				heap.poll();
			}
			if (heap.size() == k) {
				floor = (float) heap.peek().score();
			}
		}
		var ranked = new ArrayList<>(heap);
		ranked.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score()) : Long.compare(a.chunk(), b.chunk()));
		return ranked;
	}

	private void removeLocked(long chunk) {
		var slot = slots.remove(chunk);
		if (slot != null) {
			ids[slot] = -1;
			totalLength -= lengths[slot];
			dead++;
		}
	}

	private int termId(String token) {
		var id = termIds.get(token);
		if (id != null) {
			return id;
		}
		if (terms == postings.length) {
			var capacity = Math.max(1_024, terms * 2);
			postings = Arrays.copyOf(postings, capacity);
			frequencies = Arrays.copyOf(frequencies, capacity);
			counts = Arrays.copyOf(counts, capacity);
		}
		postings[terms] = new int[2];
		frequencies[terms] = new char[2];
		termIds.put(token, terms);
		return terms++;
	}

	private void append(int term, int slot, char frequency) {
		int count = counts[term];
		if (count == postings[term].length) {
			var capacity = count + (count >> 1) + 2;
			postings[term] = Arrays.copyOf(postings[term], capacity);
			frequencies[term] = Arrays.copyOf(frequencies[term], capacity);
		}
		postings[term][count] = slot;
		frequencies[term][count] = frequency;
		counts[term] = count + 1;
	}

	/** Drops the removed chunks' slots and postings, keeping the order of the rest. */
	private void compact() {
		var moved = new int[size];
		int to = 0;
		slots.clear();
		for (int from = 0; from < size; from++) {
			if (ids[from] < 0) {
				moved[from] = -1;
				continue;
			}
			moved[from] = to;
			ids[to] = ids[from];
			lengths[to] = lengths[from];
			slots.put(ids[to], to);
			to++;
		}
		for (int t = 0; t < terms; t++) {
			int kept = 0;
			for (int i = 0; i < counts[t]; i++) {
				int slot = moved[postings[t][i]];
				if (slot >= 0) {
					postings[t][kept] = slot;
					frequencies[t][kept] = frequencies[t][i];
					kept++;
				}
			}
			counts[t] = kept;
		}
		size = to;
		dead = 0;
	}
}
