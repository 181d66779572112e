package dev.piassistant.edits.internal.tools;

import java.util.Locale;

import dev.piassistant.core.change.ChangeKind;
import dev.piassistant.core.change.ChangeSet;
import dev.piassistant.core.change.FileChange;
import dev.piassistant.core.change.HunkDecision;
import dev.piassistant.core.change.HunkState;
import dev.piassistant.core.change.ReviewOutcome;

/** What the model is told about the review of its change: each hunk's fate, the user's reasons and merges. */
final class OutcomeText {

	private static final int MERGE_SHOWN = 4_000;

	private OutcomeText() {
	}

	static String of(ChangeSet changes, ReviewOutcome outcome) {
		var text = new StringBuilder();
		var applied = outcome.count(HunkState.APPLIED) + outcome.count(HunkState.MERGED);
		text.append(String.format(Locale.ROOT, "Review of your change (%d %s in %d %s): %d applied, %d rejected",
				changes.hunkCount(), changes.hunkCount() == 1 ? "hunk" : "hunks", changes.files().size(),
				changes.files().size() == 1 ? "file" : "files", applied, outcome.count(HunkState.REJECTED)));
		if (outcome.count(HunkState.MERGED) > 0) {
			text.append(String.format(Locale.ROOT, " (%d of the applied merged by the user)", outcome.count(HunkState.MERGED)));
		}
		var stale = outcome.count(HunkState.STALE);
		var pending = outcome.count(HunkState.PENDING);
		if (stale > 0) {
			text.append(String.format(Locale.ROOT, ", %d not applied because the file changed in their lines", stale));
		}
		if (pending > 0) {
			text.append(String.format(Locale.ROOT, ", %d not decided", pending));
		}
		text.append(".\n");
		if (outcome.withdrawn()) {
			text.append("The task was stopped during the review: hunks not decided were not applied.\n");
		}
		for (var file : changes.files()) {
			text.append(fileLine(file));
			for (var decision : outcome.hunks()) {
				if (decision.path().equals(file.path())) {
					text.append(hunkLine(file, decision));
				}
			}
		}
		if (stale > 0) {
			text.append("Read the changed files again before proposing those hunks anew.\n");
		}
		return text.toString().stripTrailing();
	}

	private static String fileLine(FileChange file) {
		return switch (file.kind()) {
		case ADD -> "new file " + file.path() + ":\n";
		case DELETE -> "delete " + file.path() + ":\n";
		case RENAME -> "move " + file.path() + " to " + file.target() + ":\n";
		case MODIFY -> file.path() + ":\n";
		};
	}

	private static String hunkLine(FileChange file, HunkDecision decision) {
		var line = "- " + where(file, decision) + ": " + words(decision.state());
		var note = decision.note();
		if (decision.state() == HunkState.REJECTED && !note.isBlank()) {
			line += "; the user's reason: " + note;
		} else if (decision.state() == HunkState.MERGED) {
			var shown = note.length() > MERGE_SHOWN ? note.substring(0, MERGE_SHOWN) + "\n..." : note;
			line += "; the lines are now:\n" + shown.stripTrailing().indent(4).stripTrailing();
		}
		return line + "\n";
	}

	private static String where(FileChange file, HunkDecision decision) {
		if (file.kind() != ChangeKind.MODIFY || decision.index() >= file.hunks().size()) {
			return "the whole change";
		}
		var hunk = file.hunks().get(decision.index());
		return String.format(Locale.ROOT, "hunk %d (line %d, +%d -%d)", decision.index() + 1, hunk.line() + 1,
				hunk.added(), hunk.removed());
	}

	private static String words(HunkState state) {
		return switch (state) {
		case APPLIED -> "applied";
		case REJECTED -> "rejected";
		case MERGED -> "merged by the user";
		case STALE -> "not applied: the file changed in these lines since you proposed it";
		case PENDING -> "not decided, not applied";
		};
	}
}
