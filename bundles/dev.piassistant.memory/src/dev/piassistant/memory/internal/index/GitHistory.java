package dev.piassistant.memory.internal.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import dev.piassistant.core.memory.IndexMonitor;
import dev.piassistant.core.memory.IndexRoot;
import dev.piassistant.core.store.Database;

/**
 * The git history around the roots, read with JGit: each commit with its author, date, message and the files of the
 * root it changed, and which files change together. Only commits not read before are walked (from the last head
 * read); the first run reads the latest {@link IndexOptions#maxCommits()}. A run stopped half-way writes the head
 * only at the end, so the next run walks the same commits again and replaces them.
 */
final class GitHistory {

	static final int BATCH = 50;

	private final Database database;
	private final IndexMonitor monitor;
	private final List<String> problems;
	private final ChunkChanges changes;
	private final int maxCommits;

	GitHistory(Database database, IndexMonitor monitor, List<String> problems, ChunkChanges changes, int maxCommits) {
		this.database = database;
		this.monitor = monitor;
		this.problems = problems;
		this.changes = changes;
		this.maxCommits = maxCommits;
	}

	/** Returns how many commits were read. */
	int index(List<IndexRoot> roots) {
		int total = 0;
		for (var root : roots) {
			if (root.name().equals(KnowledgeRoot.NAME)) {
				continue;
			}
			var builder = new FileRepositoryBuilder().findGitDir(root.folder().toFile());
			if (builder.getGitDir() == null || monitor.isCancelled()) {
				continue;
			}
			try (var repository = builder.setMustExist(true).build()) {
				total += index(root, repository);
			} catch (IOException | RuntimeException e) {
				problems.add(root.name() + ": the git history could not be read: " + e);
			}
		}
		return total;
	}

	private int index(IndexRoot root, Repository repository) throws IOException {
		var head = repository.resolve("HEAD");
		if (head == null || repository.getWorkTree() == null) {
			return 0;
		}
		var rootId = Roots.ensure(database, root);
		var stored = database.read(sql -> sql.queryFirst("SELECT git_head FROM memory_roots WHERE id = ?",
				row -> row.isNull("git_head") ? "" : row.text("git_head"), rootId).orElse(""));
		if (head.name().equals(stored)) {
			return 0;
		}
		var prefix = prefix(repository, root);
		var commits = new ArrayList<RevCommit>();
		try (var walk = new RevWalk(repository)) {
			walk.markStart(walk.parseCommit(head));
			if (!stored.isEmpty() && !markSeen(walk, stored)) {
				var forgotten = new ChunkChanges();
				database.write(sql -> {
					forgotten.removed.addAll(sql.query("""
							SELECT c.id FROM memory_chunks c JOIN memory_entities e ON c.entity = e.id
							WHERE e.root = ? AND e.kind = 'COMMIT'""", row -> row.integer("id"), rootId));
					return sql.update("DELETE FROM memory_entities WHERE root = ? AND kind = 'COMMIT'", rootId);
				});
				changes.addAll(forgotten);
			}
			for (var commit : walk) {
				commits.add(commit);
				if (commits.size() >= maxCommits) {
					break;
				}
			}
		}
		monitor.begin("Reading the git history of " + root.name(), commits.size());
		var reader = new CommitReader(repository, prefix);
		for (int from = 0; from < commits.size() && !monitor.isCancelled(); from += BATCH) {
			var batch = commits.subList(from, Math.min(commits.size(), from + BATCH));
			var read = new ArrayList<CommitReader.Read>();
			for (var commit : batch) {
				read.add(reader.read(commit));
			}
			var batchChanges = new ChunkChanges();
			database.write(sql -> {
				read.forEach(commit -> CommitWriter.write(sql, rootId, root.name(), commit, batchChanges));
				return null;
			});
			changes.addAll(batchChanges);
			monitor.worked(batch.size(), batch.get(batch.size() - 1).getShortMessage());
		}
		if (!monitor.isCancelled()) {
			database.write(sql -> sql.update("UPDATE memory_roots SET git_head = ? WHERE id = ?", head.name(), rootId));
		}
		return commits.size();
	}

	/** Marks the commit read last time; false when it is gone (history rewritten), to read all again. */
	private boolean markSeen(RevWalk walk, String stored) {
		try {
			walk.markUninteresting(walk.parseCommit(org.eclipse.jgit.lib.ObjectId.fromString(stored)));
			return true;
		} catch (MissingObjectException | IllegalArgumentException e) {
			return false;
		} catch (IOException e) {
			problems.add("git: " + e.getMessage());
			return false;
		}
	}

	/** The root's folder inside the work tree, "" when it is the work tree, with a trailing '/' otherwise. */
	private static @Nullable String prefix(Repository repository, IndexRoot root) {
		var tree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
		var folder = root.folder().toAbsolutePath().normalize();
		if (!folder.startsWith(tree)) {
			return null;
		}
		var relative = Scanner.relative(tree, folder);
		return relative.isEmpty() ? "" : relative + "/";
	}
}
