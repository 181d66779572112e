package dev.piassistant.edits.internal.tools;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.piassistant.core.ChangeSetId;
import dev.piassistant.core.change.ChangeFeedback;
import dev.piassistant.core.change.ChangeKind;
import dev.piassistant.core.change.ChangeReviewService;
import dev.piassistant.core.change.ChangeSet;
import dev.piassistant.core.change.FileChange;
import dev.piassistant.core.change.HunkState;
import dev.piassistant.core.change.ReviewOutcome;
import dev.piassistant.core.checkpoint.CheckpointException;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.edits.internal.engine.EditEngine;
import dev.piassistant.edits.internal.engine.Proposal;
import dev.piassistant.edits.internal.engine.SearchReplace;
import dev.piassistant.edits.internal.review.DiskFiles;
import dev.piassistant.edits.internal.review.WorkspacePaths;

/** What each file tool does with its arguments: make a change set of them, have it reviewed, report the outcome. */
final class Proposals {

	private final ChangeReviewService reviews;
	private final Feedback feedback;

	Proposals(ChangeReviewService reviews, List<ChangeFeedback> feedback) {
		this.reviews = reviews;
		this.feedback = new Feedback(feedback);
	}

	ToolResult edit(ToolInvocation call) throws IOException, InterruptedException {
		var path = path(call, "path");
		var current = files(call).read(path);
		if (current.isEmpty()) {
			return ToolResult.error("There is no file " + path + ". Create it with write_file.");
		}
		var blocks = new ArrayList<SearchReplace.Block>();
		for (var block : call.arguments().path("edits")) {
			blocks.add(new SearchReplace.Block(block.path("search").asText(""), block.path("replace").asText("")));
		}
		return review(call, List.of(EditEngine.edit(path, current.get(), blocks)));
	}

	ToolResult patch(ToolInvocation call) throws IOException, InterruptedException {
		var defaultPath = call.text("path", "").isBlank() ? null : path(call, "path");
		var files = files(call);
		var workspace = call.context().workspace();
		var failures = new ArrayList<String>();
		var proposals = EditEngine.patch(call.text("patch", ""), path -> {
			try {
				return files.read(WorkspacePaths.normalize(workspace, path));
			} catch (IOException | IllegalArgumentException e) {
				failures.add(e.getMessage());
				return Optional.empty();
			}
		}, defaultPath);
		if (!failures.isEmpty()) {
			return ToolResult.error(String.join("\n", failures) + "\nNothing was changed.");
		}
		var normalized = new ArrayList<Proposal>();
		for (var proposal : proposals) {
			normalized.add(proposal instanceof Proposal.Change change ? new Proposal.Change(relative(workspace, change.change()),
					change.confidence()) : proposal);
		}
		return review(call, normalized);
	}

	ToolResult write(ToolInvocation call) throws IOException, InterruptedException {
		var path = path(call, "path");
		return review(call, List.of(EditEngine.write(path, files(call).read(path).orElse(null), call.text("content", ""))));
	}

	ToolResult delete(ToolInvocation call) throws IOException, InterruptedException {
		var path = path(call, "path");
		var current = files(call).read(path);
		if (current.isEmpty()) {
			return ToolResult.error("There is no file " + path + " to delete.");
		}
		var content = current.get();
		var hunks = content.isEmpty() ? List.<dev.piassistant.core.change.Hunk>of()
				: List.of(new dev.piassistant.core.change.Hunk(0, 0, content, ""));
		return review(call, List.of(new Proposal.Change(new FileChange(ChangeKind.DELETE, path, null, content, hunks), 1)));
	}

	ToolResult rename(ToolInvocation call) throws IOException, InterruptedException {
		var path = path(call, "path");
		var target = path(call, "newPath");
		var files = files(call);
		var current = files.read(path);
		if (current.isEmpty()) {
			return ToolResult.error("There is no file " + path + " to rename.");
		}
		if (files.read(target).isPresent()) {
			return ToolResult.error(target + " exists already; choose another name or delete it first.");
		}
		return review(call, List.of(new Proposal.Change(new FileChange(ChangeKind.RENAME, path, target, current.get(),
				List.of()), 1)));
	}

	private ToolResult review(ToolInvocation call, List<Proposal> proposals) throws InterruptedException {
		var problems = proposals.stream().filter(Proposal.Problem.class::isInstance).map(p -> ((Proposal.Problem) p).reason())
				.toList();
		if (!problems.isEmpty()) {
			return ToolResult.error(String.join("\n", problems));
		}
		var context = call.context();
		var changes = new ChangeSet(ChangeSetId.random(), context.session(), context.task(), call.call().id(),
				call.text("description", ""), proposals.stream().map(p -> ((Proposal.Change) p).change()).toList());
		context.progress("waiting for the review of " + changes.files().size() + (changes.files().size() == 1 ? " file" : " files"));
		ReviewOutcome outcome;
		try {
			outcome = reviews.review(changes, context);
		} catch (CheckpointException e) {
			return ToolResult.error("The files could not be kept for undo before writing them (" + e.getMessage()
					+ "). Nothing was changed.");
		}
		var applied = outcome.count(HunkState.APPLIED) + outcome.count(HunkState.MERGED);
		var failed = applied == 0 && outcome.count(HunkState.STALE) > 0;
		var text = OutcomeText.of(changes, outcome);
		if (applied > 0) {
			text += feedback.after(changes, context);
		}
		return failed ? ToolResult.error(text) : ToolResult.ok(text);
	}

	private static FileChange relative(java.nio.file.Path workspace, FileChange change) {
		var newPath = change.newPath() == null ? null : WorkspacePaths.normalize(workspace, change.newPath());
		return new FileChange(change.kind(), WorkspacePaths.normalize(workspace, change.path()), newPath, change.base(),
				change.hunks());
	}

	private static String path(ToolInvocation call, String argument) {
		return WorkspacePaths.normalize(call.context().workspace(), call.text(argument, ""));
	}

	private static DiskFiles files(ToolInvocation call) {
		return new DiskFiles(call.context().workspace());
	}
}
