package dev.piassistant.tools.internal.checkpoint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeFormatter;

import dev.piassistant.core.checkpoint.Checkpoint;
import dev.piassistant.core.checkpoint.FileConflict;
import dev.piassistant.core.checkpoint.FileRestore;
import dev.piassistant.core.checkpoint.RestorePreview;

/**
 * Works out and makes a restore of some checkpoints: each file goes back to its state before the first of them,
 * if it still holds what the agent left after the last of them; a file changed since is a conflict, which a
 * merge can resolve for text by taking the agent's change out of the user's version.
 */
final class Restorer {

	private static final List<String> MERGE_NAMES = List.of("Pi Assistant's change", "your version", "before Pi Assistant");

	private final CheckpointTable table;
	private final Snapshots snapshots;

	Restorer(CheckpointTable table, Snapshots snapshots) {
		this.table = table;
		this.snapshots = snapshots;
	}

	/** Each file of the checkpoints (given oldest first), with its first and last kept state and its state now. */
	List<PlannedFile> plan(List<Checkpoint> checkpoints) throws IOException {
		var first = new LinkedHashMap<Path, KeptFile>();
		var last = new LinkedHashMap<Path, KeptFile>();
		for (var checkpoint : checkpoints) {
			for (var file : table.files(checkpoint.id())) {
				first.putIfAbsent(file.path(), file);
				last.put(file.path(), file);
			}
		}
		var planned = new ArrayList<PlannedFile>();
		for (var file : first.values()) {
			planned.add(PlannedFile.of(file, last.get(file.path()), snapshots.current(file.repository(), file.path())));
		}
		return planned;
	}

	RestorePreview preview(List<PlannedFile> plan) {
		var files = new ArrayList<FileRestore>();
		var conflicts = new ArrayList<FileConflict>();
		for (var file : plan) {
			var reason = file.conflict();
			if (reason != null) {
				conflicts.add(new FileConflict(file.first().path(), reason));
			} else {
				files.add(new FileRestore(file.first().path(), change(file)));
			}
		}
		return new RestorePreview(files, conflicts);
	}

	/** The conflicts a merge cannot resolve: all but text files changed since. */
	List<FileConflict> unmergeable(List<PlannedFile> plan) throws IOException {
		var left = new ArrayList<FileConflict>();
		for (var file : plan) {
			var reason = file.conflict();
			if (reason == FileConflict.Reason.CHANGED_SINCE && isBinary(file)) {
				left.add(new FileConflict(file.first().path(), FileConflict.Reason.BINARY));
			} else if (reason != null && reason != FileConflict.Reason.CHANGED_SINCE) {
				left.add(new FileConflict(file.first().path(), reason));
			}
		}
		return left;
	}

	/** Puts each file back (merging those changed since); returns what was done to each. */
	List<FileRestore> apply(List<PlannedFile> plan) throws IOException {
		var done = new ArrayList<FileRestore>();
		for (var file : plan) {
			var path = file.first().path();
			if (file.unchanged()) {
				done.add(new FileRestore(path, FileRestore.Change.UNCHANGED));
			} else if (file.conflict() == FileConflict.Reason.CHANGED_SINCE) {
				done.add(new FileRestore(path, merge(file)));
			} else {
				base(file).write(path);
				done.add(new FileRestore(path, change(file)));
			}
		}
		return done;
	}

	private static FileRestore.Change change(PlannedFile file) {
		if (file.unchanged()) {
			return FileRestore.Change.UNCHANGED;
		}
		if (!file.first().before().exists()) {
			return FileRestore.Change.DELETED;
		}
		return file.current().exists() ? FileRestore.Change.RESTORED : FileRestore.Change.RECREATED;
	}

	private FileContent base(PlannedFile file) throws IOException {
		return snapshots.content(file.first().repository(), file.first().before());
	}

	private boolean isBinary(PlannedFile file) throws IOException {
		var expected = file.expected();
		return RawText.isBinary(base(file).bytes()) || RawText.isBinary(FileContent.read(file.first().path()).bytes())
				|| expected != null && RawText.isBinary(snapshots.content(file.last().repository(), expected).bytes());
	}

	/** Three-way: from what the agent left to what it was before, applied to the user's version. */
	private FileRestore.Change merge(PlannedFile file) throws IOException {
		var path = file.first().path();
		var current = FileContent.read(path);
		var agent = snapshots.content(file.last().repository(), java.util.Objects.requireNonNull(file.expected()));
		var result = new MergeAlgorithm().merge(RawTextComparator.DEFAULT, new RawText(agent.bytes()), new RawText(current.bytes()),
				new RawText(base(file).bytes()));
		var merged = new ByteArrayOutputStream();
		new MergeFormatter().formatMerge(merged, result, MERGE_NAMES, StandardCharsets.UTF_8);
		new FileContent(current.kind(), merged.toByteArray()).write(path);
		return result.containsConflicts() ? FileRestore.Change.MERGED_WITH_CONFLICTS : FileRestore.Change.MERGED;
	}
}
