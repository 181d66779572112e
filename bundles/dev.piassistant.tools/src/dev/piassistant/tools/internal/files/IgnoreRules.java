package dev.piassistant.tools.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * The {@code .gitignore} rules that apply in a folder: its own and its parents', nearest first, as git applies
 * them (the nearest rule that matches decides).
 */
final class IgnoreRules {

	private record Level(Path folder, IgnoreNode node) {
	}

	static final IgnoreRules NONE = new IgnoreRules(List.of());

	private final List<Level> levels;

	private IgnoreRules(List<Level> levels) {
		this.levels = levels;
	}

	/** The rules inside a folder: these, and its own .gitignore (and .git/info/exclude at a repository's root). */
	IgnoreRules enter(Path folder) {
		var added = new ArrayList<Level>();
		read(folder.resolve(".git/info/exclude")).ifPresent(node -> added.add(new Level(folder, node)));
		read(folder.resolve(".gitignore")).ifPresent(node -> added.add(new Level(folder, node)));
		if (added.isEmpty()) {
			return this;
		}
		var all = new ArrayList<Level>(added.size() + levels.size());
		for (int i = added.size() - 1; i >= 0; i--) {
			all.add(added.get(i));
		}
		all.addAll(levels);
		return new IgnoreRules(all);
	}

	boolean isIgnored(Path path, boolean directory) {
		for (var level : levels) {
			var relative = level.folder().relativize(path).toString().replace('\\', '/');
			var result = level.node().isIgnored(relative, directory);
			if (result == IgnoreNode.MatchResult.IGNORED) {
				return true;
			}
			if (result == IgnoreNode.MatchResult.NOT_IGNORED) {
				return false;
			}
		}
		return false;
	}

	private static java.util.Optional<IgnoreNode> read(Path file) {
		if (!Files.isRegularFile(file)) {
			return java.util.Optional.empty();
		}
		var node = new IgnoreNode();
		try (InputStream in = Files.newInputStream(file)) {
			node.parse(in);
			return node.getRules().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(node);
		} catch (IOException e) {
			return java.util.Optional.empty();
		}
	}
}
