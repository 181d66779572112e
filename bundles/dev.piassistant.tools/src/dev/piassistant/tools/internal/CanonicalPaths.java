package dev.piassistant.tools.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Where a path really leads, as the system would follow it: each name in turn, symbolic links replaced by their
 * targets (dangling ones too, since writing through one creates its target), {@code ..} taken after the link
 * before it, as POSIX does. The permission engine judges this path and the tools open it, so a link cannot lead a
 * call out of the workspace.
 */
public final class CanonicalPaths {

	private static final int MAX_LINKS = 40;

	private CanonicalPaths() {
	}

	public static Path of(Path path) {
		var absolute = path.toAbsolutePath();
		var root = absolute.getRoot();
		var names = new ArrayDeque<String>();
		absolute.forEach(name -> names.add(name.toString()));
		var current = root;
		var links = 0;
		while (!names.isEmpty()) {
			var name = names.removeFirst();
			if (name.isEmpty() || name.equals(".")) {
				continue;
			}
			if (name.equals("..")) {
				current = current.getParent() == null ? current : current.getParent();
				continue;
			}
			var next = current.resolve(name);
			if (Files.isSymbolicLink(next) && links++ < MAX_LINKS) {
				try {
					var target = Files.readSymbolicLink(next);
					prepend(names, target);
					if (target.isAbsolute()) {
						current = target.getRoot();
					}
					continue;
				} catch (IOException | UnsupportedOperationException e) {
					// Unreadable link: keep the name as it is.
				}
			}
			current = next;
		}
		return current;
	}

	private static void prepend(Deque<String> names, Path target) {
		var parts = new ArrayDeque<String>();
		target.forEach(name -> parts.addFirst(name.toString()));
		parts.forEach(names::addFirst);
	}
}
