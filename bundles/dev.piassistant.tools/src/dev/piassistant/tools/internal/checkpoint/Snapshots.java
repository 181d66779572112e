package dev.piassistant.tools.internal.checkpoint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

import dev.piassistant.core.checkpoint.CheckpointException;
import dev.piassistant.core.checkpoint.CheckpointId;

/**
 * Stores files' states as blobs, and keeps them reachable with one commit per checkpoint and repository under
 * {@value #NAMESPACE}: its tree has the states before the write under {@code before/} and, once recorded, after
 * it under {@code after/}. Nothing else of the repository is touched.
 */
final class Snapshots {

	/** The private ref namespace of checkpoints. */
	static final String NAMESPACE = "refs/pi-assistant/checkpoints/";

	private static final PersonIdent AUTHOR = new PersonIdent("Pi Assistant", "pi-assistant@localhost");

	private final Repositories repositories;

	Snapshots(Repositories repositories) {
		this.repositories = repositories;
	}

	/** Keeps the files as they are now. */
	List<KeptFile> keep(CheckpointId id, String label, List<Path> files) throws IOException {
		var kept = new ArrayList<KeptFile>();
		for (var file : files) {
			var location = repositories.locate(file);
			try (var inserter = location.repository().newObjectInserter()) {
				var state = FileContent.read(file).state(inserter, true);
				inserter.flush();
				kept.add(new KeptFile(file, location.key(), location.entry(), state, null));
			}
		}
		commit(id, label, kept);
		return kept;
	}

	/** Keeps what the files hold after the write; returns each file's state then. */
	Map<Path, FileState> keepAfter(CheckpointId id, String label, List<KeptFile> files) throws IOException {
		var after = new LinkedHashMap<Path, FileState>();
		var updated = new ArrayList<KeptFile>();
		for (var file : files) {
			var repository = repositories.byKey(file.repository());
			try (var inserter = repository.newObjectInserter()) {
				var state = FileContent.read(file.path()).state(inserter, true);
				inserter.flush();
				after.put(file.path(), state);
				updated.add(new KeptFile(file.path(), file.repository(), file.entry(), file.before(), state));
			}
		}
		commit(id, label, updated);
		return after;
	}

	/** The bytes of a kept state. */
	FileContent content(String repositoryKey, FileState state) throws IOException {
		var blob = state.blob();
		if (blob == null) {
			return FileContent.ABSENT;
		}
		var repository = repositories.byKey(repositoryKey);
		return new FileContent(state.kind(), repository.open(blob).getBytes());
	}

	/** The state a file has now, by its blob id, without storing anything. */
	FileState current(String repositoryKey, Path file) throws IOException {
		var repository = repositories.byKey(repositoryKey);
		try (var inserter = repository.newObjectInserter()) {
			return FileContent.read(file).state(inserter, false);
		}
	}

	private void commit(CheckpointId id, String label, List<KeptFile> files) throws IOException {
		var byRepository = new LinkedHashMap<String, List<KeptFile>>();
		files.forEach(file -> byRepository.computeIfAbsent(file.repository(), key -> new ArrayList<>()).add(file));
		for (var entry : byRepository.entrySet()) {
			commit(repositories.byKey(entry.getKey()), id, label, entry.getValue());
		}
	}

	private static void commit(Repository repository, CheckpointId id, String label, List<KeptFile> files) throws IOException {
		var refName = NAMESPACE + id.value();
		var tree = DirCache.newInCore();
		var builder = tree.builder();
		for (var file : files) {
			add(builder, "before/" + file.entry(), file.before());
			var after = file.after();
			if (after != null) {
				add(builder, "after/" + file.entry(), after);
			}
		}
		builder.finish();
		try (var inserter = repository.newObjectInserter()) {
			var commit = new CommitBuilder();
			commit.setTreeId(tree.writeTree(inserter));
			commit.setAuthor(AUTHOR);
			commit.setCommitter(AUTHOR);
			commit.setMessage("Pi Assistant checkpoint " + id.value() + "\n\n" + label + "\n");
			var previous = repository.exactRef(refName);
			if (previous != null) {
				commit.setParentId(previous.getObjectId());
			}
			var commitId = inserter.insert(commit);
			inserter.flush();
			update(repository, refName, commitId, previous == null ? null : previous.getObjectId());
		}
	}

	private static void add(org.eclipse.jgit.dircache.DirCacheBuilder builder, String path, FileState state) {
		var blob = state.blob();
		if (blob == null) {
			return;
		}
		var entry = new DirCacheEntry(path);
		entry.setObjectId(blob);
		entry.setFileMode(switch (state.kind()) {
			case EXECUTABLE -> FileMode.EXECUTABLE_FILE;
			case SYMLINK -> FileMode.SYMLINK;
			default -> FileMode.REGULAR_FILE;
		});
		builder.add(entry);
	}

	private static void update(Repository repository, String refName, ObjectId commit, @Nullable ObjectId expected) throws IOException {
		var update = repository.updateRef(refName);
		update.setNewObjectId(commit);
		update.setExpectedOldObjectId(expected == null ? ObjectId.zeroId() : expected);
		update.disableRefLog();
		var result = update.update();
		if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FAST_FORWARD && result != RefUpdate.Result.FORCED) {
			throw new CheckpointException("Could not record the checkpoint in " + repository.getDirectory() + ": " + result);
		}
	}
}
