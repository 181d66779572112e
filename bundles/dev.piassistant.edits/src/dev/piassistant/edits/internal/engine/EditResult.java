package dev.piassistant.edits.internal.engine;

import java.util.List;

/** What applying an edit to a file's text gave: the new text, or a reason the model can act on. */
public sealed interface EditResult {

	/**
	 * @param placements where each block or hunk of the edit went, and how sure that is
	 * @param regions    the base's lines the edit replaced, in order, when known (else empty: the hunks are found by
	 *                   a diff of the whole text)
	 */
	record Applied(String text, List<Placement> placements, List<Hunks.Region> regions) implements EditResult {
		public Applied {
			placements = List.copyOf(placements);
			regions = List.copyOf(regions);
		}

		/** The least sure placement: the edit's confidence as a whole. */
		public double confidence() {
			return placements.stream().mapToDouble(Placement::confidence).min().orElse(1);
		}
	}

	/** Nothing applied; the reason names the block or hunk, what went wrong and the nearest places. */
	record Refused(String reason) implements EditResult {
	}

	/**
	 * @param part       the block or hunk, from 1 as the model counts them
	 * @param line       where it went, the file's line from 1
	 * @param confidence from 0 to 1
	 */
	record Placement(int part, int line, Fuzz fuzz, double confidence) {
	}
}
