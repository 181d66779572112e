package dev.piassistant.tools.jdt.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Locale;

import dev.piassistant.core.ChangeSetId;
import dev.piassistant.core.change.ChangeReviewService;
import dev.piassistant.core.change.ChangeSet;
import dev.piassistant.core.change.HunkState;
import dev.piassistant.core.change.ReviewOutcome;
import dev.piassistant.core.checkpoint.CheckpointException;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.tools.jdt.internal.problems.JavaProblems;
import dev.piassistant.tools.jdt.internal.refactor.Proposal;

/**
 * Has a refactoring's proposal reviewed and tells the model the outcome: how many hunks were applied, what the user
 * said about the others, and the compile errors once the accepted part is in the files.
 */
final class Reviews {

	private static final int ERRORS_SHOWN = 30;

	private final ChangeReviewService service;

	Reviews(ChangeReviewService service) {
		this.service = service;
	}

	ToolResult review(ToolInvocation call, Proposal proposal) throws Exception {
		var notes = proposal.notes().isEmpty() ? "" : "\n" + String.join("\n", proposal.notes());
		if (proposal.files().isEmpty()) {
			return ToolResult.ok(proposal.title() + ": nothing to change." + notes);
		}
		var context = call.context();
		var description = call.text("description", "");
		var changes = new ChangeSet(ChangeSetId.random(), context.session(), context.task(), call.call().id(),
				description.isBlank() ? proposal.title() : description, proposal.files());
		context.progress("waiting for the review of " + changes.files().size() + (changes.files().size() == 1 ? " file" : " files"));
		ReviewOutcome outcome;
		try {
			outcome = service.review(changes, context);
		} catch (CheckpointException e) {
			return ToolResult.error("The files could not be kept for undo before writing them (" + e.getMessage()
					+ "). Nothing was changed.");
		}
		var applied = outcome.count(HunkState.APPLIED) + outcome.count(HunkState.MERGED);
		var text = new StringBuilder(summary(proposal, changes, outcome));
		for (var decision : outcome.hunks()) {
			if (decision.state() == HunkState.REJECTED && !decision.note().isBlank()) {
				text.append("\nRejected in ").append(decision.path()).append(": ").append(decision.note());
			}
		}
		text.append(notes);
		if (applied > 0) {
			var touched = new LinkedHashSet<String>();
			changes.files().forEach(file -> {
				touched.add(file.path());
				touched.add(file.target());
			});
			var problems = new JavaProblems(context.workspace(), new CallMonitor(context));
			problems.refreshAndBuild(touched);
			text.append("\nAfter the change: ").append(JavaProblems.text(problems.errors(new ArrayList<>(touched)), ERRORS_SHOWN));
		}
		// Rejected hunks are the user's decision, not a failure; hunks that could not be applied at all are.
		var failed = applied == 0 && outcome.count(HunkState.STALE) > 0;
		return failed ? ToolResult.error(text.toString()) : ToolResult.ok(text.toString());
	}

	private static String summary(Proposal proposal, ChangeSet changes, ReviewOutcome outcome) {
		var applied = outcome.count(HunkState.APPLIED) + outcome.count(HunkState.MERGED);
		var text = String.format(Locale.ROOT, "%s: %d %s in %d %s proposed; %d applied, %d rejected", proposal.title(),
				changes.hunkCount(), changes.hunkCount() == 1 ? "hunk" : "hunks", changes.files().size(),
				changes.files().size() == 1 ? "file" : "files", applied, outcome.count(HunkState.REJECTED));
		var stale = outcome.count(HunkState.STALE) + outcome.count(HunkState.PENDING);
		if (stale > 0) {
			text += String.format(Locale.ROOT, ", %d not applied (the file changed meanwhile or the task was stopped)", stale);
		}
		var files = String.join(", ", changes.files().stream()
				.map(file -> file.newPath() == null ? file.path() : file.path() + " -> " + file.newPath()).toList());
		return text + ".\nFiles: " + files + ".";
	}
}
