package dev.piassistant.memory.internal.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/** What a commit did to a root: the files of the root it changed (against its first parent), no rename detection. */
final class CommitReader {

	/** A commit changing more files than this (an import, a reformat) tells nothing about which belong together. */
	static final int MAX_FILES = 300;

	record Read(RevCommit commit, List<String> paths) {
	}

	private final Repository repository;
	private final @Nullable String prefix;

	CommitReader(Repository repository, @Nullable String prefix) {
		this.repository = repository;
		this.prefix = prefix;
	}

	Read read(RevCommit commit) throws IOException {
		var paths = new ArrayList<String>();
		if (prefix == null) {
			return new Read(commit, paths);
		}
		try (var diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
			diff.setRepository(repository);
			diff.setDetectRenames(false);
			var parent = commit.getParentCount() > 0 ? repository.parseCommit(commit.getParent(0)).getTree() : null;
			for (var entry : diff.scan(parent, commit.getTree())) {
				var path = entry.getChangeType() == DiffEntry.ChangeType.DELETE ? entry.getOldPath() : entry.getNewPath();
				if (path.startsWith(prefix) && FileKind.of(path.substring(path.lastIndexOf('/') + 1)) != null) {
					paths.add(path.substring(prefix.length()));
					if (paths.size() >= MAX_FILES) {
						break;
					}
				}
			}
		}
		return new Read(commit, paths);
	}
}
