package dev.piassistant.edits.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.DeltaType;

/**
 * Applies search/replace blocks to a file's text, one after the other, as models mean them: each block's search
 * text is found (exactly, or forgiving whitespace, or by similarity of the lines it keeps) and replaced. A block
 * found twice, or not well enough, stops the whole edit with the block's number, the reason and the nearest
 * places.
 */
public final class SearchReplace {

	/** Replace {@code search} by {@code replace}; both are whole lines. */
	public record Block(String search, String replace) {
		public Block {
			Objects.requireNonNull(search, "search");
			Objects.requireNonNull(replace, "replace");
		}
	}

	private SearchReplace() {
	}

	public static EditResult apply(String base, List<Block> blocks) {
		var lines = new ArrayList<>(Lines.split(base));
		var ending = Lines.dominantEnding(lines);
		var placements = new ArrayList<EditResult.Placement>();
		for (int b = 0; b < blocks.size(); b++) {
			var block = blocks.get(b);
			var quote = Lines.contents(Lines.split(block.search()));
			var replacement = Lines.contents(Lines.split(block.replace()));
			if (quote.stream().allMatch(String::isBlank)) {
				if (lines.isEmpty()) {
					lines.addAll(Lines.split(block.replace()));
					placements.add(new EditResult.Placement(b + 1, 1, Fuzz.EXACT, 1));
					continue;
				}
				return new EditResult.Refused(Problems.emptySearch(b + 1, blocks.size()));
			}
			var matcher = new Matcher(Lines.contents(lines));
			var kept = keptLines(quote, replacement);
			var located = matcher.locate(quote, removed(quote.size(), kept), 0, lines.size(), -1);
			if (!(located instanceof Located.Found found)) {
				return new EditResult.Refused(Problems.block(b + 1, blocks.size(), located, quote, matcher));
			}
			var replaced = replace(lines, matcher, found, quote, replacement, kept, ending);
			replaceRange(lines, found.start(), quote.size(), replaced);
			placements.add(new EditResult.Placement(b + 1, found.start() + 1, found.fuzz(), found.confidence()));
		}
		return new EditResult.Applied(Lines.join(lines), placements, List.of());
	}

	/**
	 * Which replacement line keeps which quoted line: {@code kept[i]} is the quoted line replacement line i
	 * stands for unchanged, or -1 for a line the block adds or changes.
	 */
	static int[] keptLines(List<String> quote, List<String> replacement) {
		var kept = new int[replacement.size()];
		java.util.Arrays.fill(kept, -1);
		int q = 0;
		int r = 0;
		for (var delta : DiffUtils.diff(quote, replacement).getDeltas()) {
			var source = delta.getSource();
			var target = delta.getTarget();
			while (q < source.getPosition()) {
				kept[r++] = q++;
			}
			q = source.getPosition() + (delta.getType() == DeltaType.INSERT ? 0 : source.size());
			r = target.getPosition() + target.size();
		}
		while (r < replacement.size() && q < quote.size()) {
			kept[r++] = q++;
		}
		return kept;
	}

	/** The quoted lines the block removes or changes: those must match, the others are context. */
	static boolean[] removed(int quoteSize, int[] kept) {
		var removed = new boolean[quoteSize];
		java.util.Arrays.fill(removed, true);
		for (int quoteLine : kept) {
			if (quoteLine >= 0) {
				removed[quoteLine] = false;
			}
		}
		return removed;
	}

	private static List<String> replace(List<String> lines, Matcher matcher, Located.Found found, List<String> quote,
			List<String> replacement, int[] kept, String ending) {
		var quoteShape = new Quote(matcher, found.start(), found.fuzz(), quote, ending);
		var result = new ArrayList<String>(replacement.size());
		for (int r = 0; r < replacement.size(); r++) {
			result.add(kept[r] >= 0 ? quoteShape.kept(lines, kept[r]) : quoteShape.added(replacement.get(r)));
		}
		Lines.endAllButLast(result, ending);
		var lastLine = lines.get(found.start() + quote.size() - 1);
		if (!result.isEmpty() && Lines.ending(lastLine).isEmpty() && found.start() + quote.size() == lines.size()) {
			// The file ended without a line end there, and still does.
			var last = result.size() - 1;
			result.set(last, Lines.content(result.get(last)));
		}
		return result;
	}

	static void replaceRange(List<String> lines, int start, int count, List<String> replacement) {
		var tail = new ArrayList<>(lines.subList(start + count, lines.size()));
		lines.subList(start, lines.size()).clear();
		lines.addAll(replacement);
		lines.addAll(tail);
	}
}
