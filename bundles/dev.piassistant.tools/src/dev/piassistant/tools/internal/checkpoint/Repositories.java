package dev.piassistant.tools.internal.checkpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import dev.piassistant.core.checkpoint.CheckpointException;

/**
 * Finds the git repository a file belongs to (the nearest folder above it with a {@code .git}), or the shadow
 * repository for files outside any, and keeps them open. Only objects and refs of our own namespace are ever
 * written to a user's repository: never its index, HEAD or branches.
 */
final class Repositories implements AutoCloseable {

	/** The key of the shadow repository in the checkpoint tables. */
	static final String SHADOW = "shadow";

	/** Where a file's content is kept: a repository and the file's path there. */
	record Location(String key, Repository repository, String entry) {
	}

	private final Path shadowFolder;
	private final Map<String, Repository> open = new HashMap<>();

	Repositories(Path shadowFolder) {
		this.shadowFolder = shadowFolder;
	}

	/**
	 * The real path of a file that may not exist yet: the real path of its nearest existing folder, then the
	 * names below it. The file itself is not followed if it is a link: the link is what is kept.
	 */
	static Path normalize(Path file) {
		var absolute = file.toAbsolutePath().normalize();
		var parent = absolute.getParent();
		if (parent == null) {
			return absolute;
		}
		var existing = parent;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null) {
			return absolute;
		}
		try {
			return existing.toRealPath().resolve(existing.relativize(absolute));
		} catch (IOException e) {
			return absolute;
		}
	}

	synchronized Location locate(Path file) throws IOException {
		for (var folder = file.getParent(); folder != null; folder = folder.getParent()) {
			if (Files.exists(folder.resolve(".git"), LinkOption.NOFOLLOW_LINKS) && !file.startsWith(folder.resolve(".git"))) {
				var repository = worktree(folder);
				if (repository != null) {
					return new Location(repository.getDirectory().getAbsolutePath(), repository, entry(folder.relativize(file)));
				}
			}
		}
		return new Location(SHADOW, shadow(), shadowEntry(file));
	}

	synchronized Repository byKey(String key) throws IOException {
		if (key.equals(SHADOW)) {
			return shadow();
		}
		var repository = open.get(key);
		if (repository == null) {
			repository = new FileRepositoryBuilder().setGitDir(Path.of(key).toFile()).setMustExist(true).build();
			open.put(key, repository);
		}
		return repository;
	}

	private Repository worktree(Path folder) throws IOException {
		var repository = new FileRepositoryBuilder().setWorkTree(folder.toFile()).setMustExist(true).build();
		if (repository.isBare()) {
			repository.close();
			return null;
		}
		var key = repository.getDirectory().getAbsolutePath();
		var known = open.get(key);
		if (known != null) {
			repository.close();
			return known;
		}
		open.put(key, repository);
		return repository;
	}

	private Repository shadow() throws IOException {
		var repository = open.get(SHADOW);
		if (repository == null) {
			Files.createDirectories(shadowFolder);
			repository = new FileRepositoryBuilder().setGitDir(shadowFolder.toFile()).setBare().build();
			if (!Files.exists(shadowFolder.resolve("HEAD"))) {
				repository.create(true);
			}
			open.put(SHADOW, repository);
		}
		return repository;
	}

	private static String entry(Path relative) {
		var names = new StringBuilder();
		for (var name : relative) {
			if (!names.isEmpty()) {
				names.append('/');
			}
			names.append(name);
		}
		if (names.isEmpty()) {
			throw new CheckpointException("Cannot keep " + relative + " in a checkpoint: it is not a file path.");
		}
		return names.toString();
	}

	/** The file's absolute path as an entry: "/home/me/a.txt" is "home/me/a.txt", "C:\x" is "C/x". */
	private static String shadowEntry(Path file) {
		var root = file.getRoot();
		var relative = root == null ? file : root.relativize(file);
		var drive = root == null ? "" : root.toString().replaceAll("[:\\\\/]", "");
		return drive.isEmpty() ? entry(relative) : drive + "/" + entry(relative);
	}

	@Override
	public synchronized void close() {
		open.values().forEach(Repository::close);
		open.clear();
	}
}
