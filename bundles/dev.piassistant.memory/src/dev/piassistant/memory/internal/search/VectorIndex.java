package dev.piassistant.memory.internal.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The chunks' vectors in memory, searched in two stages: the Hamming distance of one bit per dimension (the sign,
 * after the mean is taken out) picks candidates over all chunks in about a millisecond per 100,000; the int8
 * vectors of the candidates then give the exact order. Chunks come and go as the index changes.
 */
public final class VectorIndex {

	/** Candidates rescored per hit asked for, and at least. */
	static final int CANDIDATES_PER_HIT = 20;
	static final int MIN_CANDIDATES = 300;

	private static final ThreadLocal<int[]> DISTANCES = ThreadLocal.withInitial(() -> new int[0]);

	private final int dimensions;
	private final int words;
	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
	private final Map<Long, Integer> slots = new HashMap<>();
	private float[] mean;
	private long[] ids = new long[0];
	private byte[] codes = new byte[0];
	private float[] scales = new float[0];
	private long[] bits = new long[0];
	private int size;
	private int dead;

	public VectorIndex(int dimensions) {
		this.dimensions = dimensions;
		this.words = (dimensions + 63) / 64;
		this.mean = new float[dimensions];
	}

	public int size() {
		return size - dead;
	}

	public int dimensions() {
		return dimensions;
	}

	/**
	 * Sets the mean that the sign bits are taken against; call before adding, with a sample of the vectors (the
	 * model's vectors share a common direction, which sign bits alone would waste).
	 */
	public void center(List<float[]> sample) {
		var sum = new float[dimensions];
		for (var vector : sample) {
			for (int i = 0; i < dimensions; i++) {
				sum[i] += vector[i];
			}
		}
		for (int i = 0; i < dimensions && !sample.isEmpty(); i++) {
			sum[i] /= sample.size();
		}
		lock.writeLock().lock();
		try {
			mean = sum;
			for (int slot = 0; slot < size; slot++) {
				encodeBits(decode(slot), slot);
			}
		} finally {
			lock.writeLock().unlock();
		}
	}

	/** Adds or replaces a chunk's vector (stored form: see {@link Int8Vectors}). */
	public void put(long chunk, byte[] stored) {
		lock.writeLock().lock();
		try {
			var slot = slots.get(chunk);
			if (slot == null) {
				grow();
				slot = size++;
				slots.put(chunk, slot);
			}
			ids[slot] = chunk;
			scales[slot] = Int8Vectors.scale(stored);
			System.arraycopy(stored, 4, codes, slot * dimensions, dimensions);
			encodeBits(decode(slot), slot);
		} finally {
			lock.writeLock().unlock();
		}
	}

	public void remove(long chunk) {
		lock.writeLock().lock();
		try {
			var slot = slots.remove(chunk);
			if (slot != null) {
				ids[slot] = -1;
				dead++;
				if (dead > 1_000 && dead > size / 4) {
					compact();
				}
			}
		} finally {
			lock.writeLock().unlock();
		}
	}

	/** The {@code k} chunks closest to a unit vector, by dot product, best first. */
	public List<Ranked> search(float[] query, int k) {
		lock.readLock().lock();
		try {
			var candidates = candidates(query, Math.max(MIN_CANDIDATES, k * CANDIDATES_PER_HIT));
			return rescore(query, candidates, k);
		} finally {
			lock.readLock().unlock();
		}
	}

	/** Every chunk scored by its int8 vector, without the first stage: to measure what the first stage loses. */
	public List<Ranked> searchExhaustive(float[] query, int k) {
		lock.readLock().lock();
		try {
			var all = new int[size];
			int n = 0;
			for (int slot = 0; slot < size; slot++) {
				if (ids[slot] >= 0) {
					all[n++] = slot;
				}
			}
			return rescore(query, Arrays.copyOf(all, n), k);
		} finally {
			lock.readLock().unlock();
		}
	}

	private int[] candidates(float[] query, int wanted) {
		var queryBits = new long[words];
		for (int i = 0; i < dimensions; i++) {
			if (query[i] > mean[i]) {
				queryBits[i >>> 6] |= 1L << (i & 63);
			}
		}
		var distances = distances(size);
		var histogram = new int[dimensions + 2];
		for (int slot = 0; slot < size; slot++) {
			int distance = ids[slot] < 0 ? dimensions + 1 : hamming(queryBits, slot * words);
			distances[slot] = distance;
			histogram[distance]++;
		}
		int threshold = 0;
		int below = 0;
		for (; threshold <= dimensions && below + histogram[threshold] <= wanted; threshold++) {
			below += histogram[threshold];
		}
		// All closer than the threshold, then those at it in slot order until the candidates are complete: one pass.
		var chosen = new int[Math.min(wanted, below + (threshold <= dimensions ? histogram[threshold] : 0))];
		int closer = 0;
		int at = below;
		for (int slot = 0; slot < size && (closer < below || at < chosen.length); slot++) {
			int distance = distances[slot];
			if (distance < threshold) {
				chosen[closer++] = slot;
			} else if (distance == threshold && at < chosen.length) {
				chosen[at++] = slot;
			}
		}
		return chosen;
	}

	/** The distances' buffer of the calling thread: 400 kB at 100,000 chunks, kept rather than allocated per search. */
	private static int[] distances(int size) {
		var buffer = DISTANCES.get();
		if (buffer.length < size) {
			buffer = new int[Math.max(size, buffer.length + buffer.length / 2)];
			DISTANCES.set(buffer);
		}
		return buffer;
	}

	private int hamming(long[] query, int base) {
		if (words == 6) {
			// The model's 384 dimensions, unrolled: the loop over every chunk is most of a search.
			return Long.bitCount(bits[base] ^ query[0]) + Long.bitCount(bits[base + 1] ^ query[1])
					+ Long.bitCount(bits[base + 2] ^ query[2]) + Long.bitCount(bits[base + 3] ^ query[3])
					+ Long.bitCount(bits[base + 4] ^ query[4]) + Long.bitCount(bits[base + 5] ^ query[5]);
		}
		int distance = 0;
		for (int w = 0; w < words; w++) {
			distance += Long.bitCount(bits[base + w] ^ query[w]);
		}
		return distance;
	}

	private List<Ranked> rescore(float[] query, int[] candidates, int k) {
		var scored = new ArrayList<Ranked>(candidates.length);
		for (var slot : candidates) {
			scored.add(new Ranked(ids[slot], dot(query, slot * dimensions) * scales[slot]));
		}
		scored.sort((a, b) -> Double.compare(b.score(), a.score()));
		return scored.size() <= k ? scored : new ArrayList<>(scored.subList(0, k));
	}

	/** Four sums side by side: a single one waits on each addition before the next. */
	private float dot(float[] query, int base) {
		float s0 = 0;
		float s1 = 0;
		float s2 = 0;
		float s3 = 0;
		int i = 0;
		for (; i + 3 < dimensions; i += 4) {
			s0 += query[i] * codes[base + i];
			s1 += query[i + 1] * codes[base + i + 1];
			s2 += query[i + 2] * codes[base + i + 2];
			s3 += query[i + 3] * codes[base + i + 3];
		}
		for (; i < dimensions; i++) {
			s0 += query[i] * codes[base + i];
		}
		return (s0 + s1) + (s2 + s3);
	}

	private float[] decode(int slot) {
		var vector = new float[dimensions];
		var base = slot * dimensions;
		for (int i = 0; i < dimensions; i++) {
			vector[i] = codes[base + i] * scales[slot];
		}
		return vector;
	}

	private void encodeBits(float[] vector, int slot) {
		var base = slot * words;
		Arrays.fill(bits, base, base + words, 0L);
		for (int i = 0; i < dimensions; i++) {
			if (vector[i] > mean[i]) {
				bits[base + (i >>> 6)] |= 1L << (i & 63);
			}
		}
	}

	private void grow() {
		if (size < ids.length) {
			return;
		}
		var capacity = Math.max(1_024, ids.length * 2);
		ids = Arrays.copyOf(ids, capacity);
		scales = Arrays.copyOf(scales, capacity);
		codes = Arrays.copyOf(codes, capacity * dimensions);
		bits = Arrays.copyOf(bits, capacity * words);
	}

	private void compact() {
		int to = 0;
		slots.clear();
		for (int from = 0; from < size; from++) {
			if (ids[from] < 0) {
				continue;
			}
			if (to != from) {
				ids[to] = ids[from];
				scales[to] = scales[from];
				System.arraycopy(codes, from * dimensions, codes, to * dimensions, dimensions);
				System.arraycopy(bits, from * words, bits, to * words, words);
			}
			slots.put(ids[to], to);
			to++;
		}
		size = to;
		dead = 0;
	}
}
