package dev.piassistant.tools.internal.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The files of a folder as a developer sees them: what git ignores ({@code .gitignore}, {@code .git/info/exclude})
 * and what the IDE marks derived are left out, and so are git's and Eclipse's own folders. Links are not followed,
 * so a walk never leaves the folder.
 */
public final class WorkspaceWalker {

	/** A file found, with its size. */
	public record Found(Path path, long size, boolean directory) {
	}

	private static final Set<String> NEVER = Set.of(".git", ".metadata", ".hg", ".svn");

	private final Predicate<Path> derived;

	/** @param derived whether the IDE marks a path derived */
	public WorkspaceWalker(Predicate<Path> derived) {
		this.derived = derived;
	}

	/**
	 * Walks a folder to a depth (1: its entries), folders before their contents, in name order.
	 *
	 * @param limit stops after this many entries
	 */
	public List<Found> walk(Path root, int maxDepth, int limit) throws IOException {
		var found = new ArrayList<Found>();
		walk(root, rulesAbove(root), 1, maxDepth, limit, found);
		return found;
	}

	private void walk(Path folder, IgnoreRules parent, int depth, int maxDepth, int limit, List<Found> found) throws IOException {
		var rules = parent.enter(folder);
		var entries = new ArrayList<Path>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
			stream.forEach(entries::add);
		} catch (java.nio.file.AccessDeniedException e) {
			return;
		}
		entries.sort(Comparator.comparing(path -> path.getFileName().toString()));
		for (var entry : entries) {
			if (found.size() >= limit) {
				return;
			}
			var attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			var directory = attributes.isDirectory();
			if (NEVER.contains(entry.getFileName().toString()) || rules.isIgnored(entry, directory) || derived.test(entry)) {
				continue;
			}
			found.add(new Found(entry, attributes.size(), directory));
			if (directory && depth < maxDepth) {
				walk(entry, rules, depth + 1, maxDepth, limit, found);
			}
		}
	}

	/** The ignore rules of the folders above the root, up to the repository's top, so a walk of src/ still ignores what / ignores. */
	private static IgnoreRules rulesAbove(Path root) {
		var chain = new ArrayList<Path>();
		for (var folder = root.getParent(); folder != null; folder = folder.getParent()) {
			chain.add(0, folder);
			if (Files.exists(folder.resolve(".git"))) {
				break;
			}
			if (folder.getParent() == null) {
				chain.clear();
			}
		}
		var rules = IgnoreRules.NONE;
		for (var folder : chain) {
			rules = rules.enter(folder);
		}
		return rules;
	}
}
