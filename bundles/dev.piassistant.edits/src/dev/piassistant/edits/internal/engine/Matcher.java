package dev.piassistant.edits.internal.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds quoted lines in a file: exactly first, then forgiving more and more whitespace, then, for the lines a
 * change keeps (its context), by similarity. Lines a change removes must always match up to whitespace, so a
 * loose match can misplace a change but never delete text the model did not quote; and a match that could be in
 * two places is refused rather than guessed, unless a line number says which is meant.
 */
public final class Matcher {

	/** Below this the nearest place is not trusted. */
	public static final double THRESHOLD = 0.8;
	/** How much better than the next place the best similar place must be. */
	private static final double MARGIN = 0.05;
	private static final int MOST_CANDIDATES = 64;

	private final List<String> lines;
	private final Map<Fuzz, List<String>> normalized = new EnumMap<>(Fuzz.class);
	private final Map<Fuzz, Map<String, List<Integer>>> indexes = new EnumMap<>(Fuzz.class);

	/** @param lines the file's lines, without line ends */
	public Matcher(List<String> lines) {
		this.lines = lines;
	}

	public int size() {
		return lines.size();
	}

	/**
	 * Places {@code quote} within lines {@code [from, to)}.
	 *
	 * @param mustMatch per quoted line, whether it must match (it is removed), else it is context
	 * @param hint      the line where the quote is said to start, or -1
	 */
	public Located locate(List<String> quote, boolean[] mustMatch, int from, int to, int hint) {
		for (var fuzz : Fuzz.values()) {
			var starts = exact(quote, fuzz, from, to);
			if (starts.size() == 1) {
				return new Located.Found(starts.get(0), fuzz, fuzz.confidence());
			}
			if (starts.size() > 1) {
				var nearest = nearest(starts, hint);
				return nearest >= 0 ? new Located.Found(nearest, fuzz, fuzz.confidence() * 0.95)
						: new Located.Ambiguous(starts, fuzz);
			}
		}
		return similar(quote, mustMatch, from, to, hint);
	}

	/** Every start in range where all quoted lines equal the file's at this level. */
	private List<Integer> exact(List<String> quote, Fuzz fuzz, int from, int to) {
		var found = new ArrayList<Integer>();
		var anchor = rarest(quote, fuzz);
		if (anchor < 0) {
			return found;
		}
		var key = fuzz.normalize(quote.get(anchor));
		for (int position : index(fuzz).getOrDefault(key, List.of())) {
			var start = position - anchor;
			if (start >= from && start + quote.size() <= to && equalAt(quote, start, fuzz)) {
				found.add(start);
			}
		}
		return found;
	}

	/** The quoted line (not blank) that occurs least often in the file, or -1 when the quote is all blank. */
	private int rarest(List<String> quote, Fuzz fuzz) {
		var best = -1;
		var fewest = Integer.MAX_VALUE;
		for (int i = 0; i < quote.size(); i++) {
			if (quote.get(i).isBlank()) {
				continue;
			}
			var count = index(fuzz).getOrDefault(fuzz.normalize(quote.get(i)), List.of()).size();
			if (count < fewest) {
				fewest = count;
				best = i;
			}
		}
		return best;
	}

	private boolean equalAt(List<String> quote, int start, Fuzz fuzz) {
		var file = normalized(fuzz);
		for (int i = 0; i < quote.size(); i++) {
			if (!file.get(start + i).equals(fuzz.normalize(quote.get(i)))) {
				return false;
			}
		}
		return true;
	}

	/** The start nearest the hint, if there is a hint and no other start is as near. */
	private static int nearest(List<Integer> starts, int hint) {
		if (hint < 0) {
			return -1;
		}
		var best = -1;
		var bestDistance = Integer.MAX_VALUE;
		var tie = false;
		for (int start : starts) {
			var distance = Math.abs(start - hint);
			if (distance < bestDistance) {
				best = start;
				bestDistance = distance;
				tie = false;
			} else if (distance == bestDistance) {
				tie = true;
			}
		}
		return tie ? -1 : best;
	}

	/** Places where the removed lines match up to whitespace and the context resembles the file's. */
	private Located similar(List<String> quote, boolean[] mustMatch, int from, int to, int hint) {
		var scored = new ArrayList<Located.Candidate>();
		for (int start : candidates(quote, mustMatch, from, to)) {
			scored.add(score(quote, mustMatch, start));
		}
		scored.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
		if (scored.isEmpty() || !allRemovedMatch(quote, mustMatch, scored.get(0).start())
				|| scored.get(0).similarity() < THRESHOLD) {
			return new Located.NotFound(scored.subList(0, Math.min(3, scored.size())));
		}
		var best = scored.get(0);
		var rivals = scored.stream().filter(other -> other != best && other.similarity() > best.similarity() - MARGIN
				&& allRemovedMatch(quote, mustMatch, other.start())).map(Located.Candidate::start).toList();
		if (!rivals.isEmpty()) {
			var starts = new ArrayList<Integer>(rivals);
			starts.add(0, best.start());
			var nearest = nearest(starts, hint);
			if (nearest < 0) {
				return new Located.Ambiguous(starts, Fuzz.SPACES);
			}
			var chosen = scored.stream().filter(candidate -> candidate.start() == nearest).findFirst().orElseThrow();
			return new Located.Found(nearest, Fuzz.SPACES, chosen.similarity() * 0.9);
		}
		return new Located.Found(best.start(), Fuzz.SPACES, best.similarity() * Fuzz.SPACES.confidence());
	}

	/** Starts where at least one quoted line occurs (a removed one, when there are any), the most voted first. */
	private List<Integer> candidates(List<String> quote, boolean[] mustMatch, int from, int to) {
		var anyRemoved = false;
		for (int i = 0; i < quote.size(); i++) {
			anyRemoved |= mustMatch[i] && !quote.get(i).isBlank();
		}
		var votes = votes(quote, mustMatch, anyRemoved, from, to);
		if (votes.isEmpty() && anyRemoved) {
			// No removed line is there: places like the rest of the quote are still worth naming.
			votes = votes(quote, mustMatch, false, from, to);
		}
		return votes.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(MOST_CANDIDATES)
				.map(Map.Entry::getKey).toList();
	}

	private Map<Integer, Integer> votes(List<String> quote, boolean[] mustMatch, boolean removedOnly, int from, int to) {
		var votes = new HashMap<Integer, Integer>();
		var index = index(Fuzz.SPACES);
		for (int i = 0; i < quote.size(); i++) {
			if (quote.get(i).isBlank() || removedOnly && !mustMatch[i]) {
				continue;
			}
			for (int position : index.getOrDefault(Fuzz.SPACES.normalize(quote.get(i)), List.of())) {
				var start = position - i;
				if (start >= from && start + quote.size() <= to) {
					votes.merge(start, 1, Integer::sum);
				}
			}
		}
		return votes;
	}

	private Located.Candidate score(List<String> quote, boolean[] mustMatch, int start) {
		var file = normalized(Fuzz.SPACES);
		var total = 0.0;
		var firstDiffer = -1;
		for (int i = 0; i < quote.size(); i++) {
			var similarity = Similarity.of(file.get(start + i), Fuzz.SPACES.normalize(quote.get(i)));
			total += similarity;
			if (similarity < 1 && firstDiffer < 0) {
				firstDiffer = i;
			}
		}
		return new Located.Candidate(start, quote.isEmpty() ? 0 : total / quote.size(), firstDiffer);
	}

	private boolean allRemovedMatch(List<String> quote, boolean[] mustMatch, int start) {
		var file = normalized(Fuzz.SPACES);
		for (int i = 0; i < quote.size(); i++) {
			if (mustMatch[i] && !file.get(start + i).equals(Fuzz.SPACES.normalize(quote.get(i)))) {
				return false;
			}
		}
		return true;
	}

	/** The file's line at an index, without its end. */
	public String line(int index) {
		return lines.get(index);
	}

	private List<String> normalized(Fuzz fuzz) {
		return normalized.computeIfAbsent(fuzz, level -> {
			if (level == Fuzz.EXACT) {
				return lines;
			}
			var result = new ArrayList<String>(lines.size());
			for (var line : lines) {
				result.add(level.normalize(line));
			}
			return result;
		});
	}

	private Map<String, List<Integer>> index(Fuzz fuzz) {
		return indexes.computeIfAbsent(fuzz, level -> {
			var file = normalized(level);
			var index = new HashMap<String, List<Integer>>(file.size() * 2);
			for (int i = 0; i < file.size(); i++) {
				index.computeIfAbsent(file.get(i), key -> new ArrayList<>(1)).add(i);
			}
			return index;
		});
	}
}
