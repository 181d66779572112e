package dev.piassistant.edits.internal.engine;

import java.util.List;

/** Where a quoted run of lines is in a file, or why it could not be placed. */
public sealed interface Located {

	/**
	 * Found at {@code start} (a line index), compared at {@code fuzz}.
	 *
	 * @param confidence how sure the match is, from 0 to 1; matches below the engine's threshold are never used
	 */
	record Found(int start, Fuzz fuzz, double confidence) implements Located {
	}

	/** Found more than once, equally well: the lines (indexes) where it occurs. */
	record Ambiguous(List<Integer> starts, Fuzz fuzz) implements Located {
		public Ambiguous {
			starts = List.copyOf(starts);
		}
	}

	/** Not found well enough; the nearest places, best first. */
	record NotFound(List<Candidate> nearest) implements Located {
		public NotFound {
			nearest = List.copyOf(nearest);
		}
	}

	/**
	 * A place that resembles the quoted lines.
	 *
	 * @param similarity  from 0 to 1
	 * @param firstDiffer the index (within the quote) of the first line that differs there, or -1
	 */
	record Candidate(int start, double similarity, int firstDiffer) {
	}
}
