package dev.piassistant.edits.internal.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies one file's hunks of a unified diff. Each hunk is looked for after the previous one, near where its
 * header says (corrected by how far the previous hunks were off), exactly first and then forgiving whitespace and
 * differing context, as {@link Matcher} allows; its removed lines must always be in the file.
 */
public final class PatchApplier {

	private final List<String> lines;
	private final Matcher matcher;
	private final String ending;
	private final String path;

	private PatchApplier(String base, String path) {
		this.lines = Lines.split(base);
		this.matcher = new Matcher(Lines.contents(lines));
		this.ending = Lines.dominantEnding(lines);
		this.path = path;
	}

	public static EditResult apply(String base, PatchFile file) {
		return new PatchApplier(base, file.path()).apply(file.hunks());
	}

	private EditResult apply(List<PatchHunk> hunks) {
		var placements = new ArrayList<EditResult.Placement>();
		var regions = new ArrayList<Hunks.Region>();
		var output = new ArrayList<String>(lines.size() + 16);
		int cursor = 0;
		int drift = 0;
		for (int h = 0; h < hunks.size(); h++) {
			var hunk = hunks.get(h);
			var quote = hunk.oldLines();
			var hint = hunk.oldStart() < 0 ? -1 : Math.max(0, Math.min(lines.size(), hunk.oldStart() + drift));
			int start;
			Quote shape;
			if (quote.isEmpty()) {
				if (hint < 0 || hint < cursor) {
					return new EditResult.Refused(Problems.noContext(h + 1, hunks.size(), path));
				}
				start = hint;
				shape = new Quote(matcher, start, Fuzz.EXACT, quote, ending);
				placements.add(new EditResult.Placement(h + 1, start + 1, Fuzz.EXACT, hunk.oldStart() == start ? 1 : 0.9));
			} else {
				var located = matcher.locate(quote, hunk.removed(), cursor, lines.size(), hint);
				if (!(located instanceof Located.Found found)) {
					return new EditResult.Refused(Problems.hunk(h + 1, hunks.size(), path, located, quote, matcher));
				}
				start = found.start();
				shape = new Quote(matcher, start, found.fuzz(), quote, ending);
				placements.add(new EditResult.Placement(h + 1, start + 1, found.fuzz(), found.confidence()));
			}
			if (hunk.oldStart() >= 0) {
				drift = start - hunk.oldStart();
			}
			output.addAll(lines.subList(cursor, start));
			var replacement = replacement(hunk, shape);
			var end = start + quote.size();
			endOfFile(hunk, replacement, end);
			regions.add(new Hunks.Region(start, quote.size(), replacement));
			output.addAll(replacement);
			cursor = end;
		}
		output.addAll(lines.subList(cursor, lines.size()));
		return new EditResult.Applied(Lines.join(output), placements, regions);
	}

	/** The hunk's new lines: the file's own for kept lines, the model's (reshaped) for added ones. */
	private List<String> replacement(PatchHunk hunk, Quote shape) {
		var result = new ArrayList<String>();
		int old = 0;
		for (var line : hunk.lines()) {
			switch (line.kind()) {
			case '-' -> old++;
			case '+' -> result.add(shape.added(line.text()));
			default -> result.add(shape.kept(lines, old++));
			}
		}
		Lines.endAllButLast(result, ending);
		return result;
	}

	/** At the end of the file, the last line ends as the diff's new side says. */
	private void endOfFile(PatchHunk hunk, List<String> replacement, int end) {
		if (end != lines.size() || replacement.isEmpty()) {
			return;
		}
		var last = replacement.size() - 1;
		var line = replacement.get(last);
		if (hunk.newNoNewline()) {
			replacement.set(last, Lines.content(line));
		} else if (Lines.ending(line).isEmpty() && hunk.oldNoNewline()) {
			replacement.set(last, line + ending);
		}
	}
}
