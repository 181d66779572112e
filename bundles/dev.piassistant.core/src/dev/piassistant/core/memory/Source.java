package dev.piassistant.core.memory;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Where something the memory knows comes from, to open it or cite it.
 *
 * @param file      the file on disk
 * @param path      the file as shown and cited: the index root's name, then the path inside it
 * @param startLine first line, from 1 (0 when the whole file is meant)
 * @param endLine   last line, inclusive
 * @param commit    the commit it comes from, for history; null for the working tree
 * @param section   the heading path of a markdown section; empty otherwise
 */
public record Source(Path file, String path, int startLine, int endLine, @Nullable String commit, String section) {

	public Source {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(section, "section");
	}

	/** How a citation names it: {@code path:12-40}, with the section of a markdown file. */
	public String cite() {
		var lines = startLine <= 0 ? "" : startLine == endLine ? ":" + startLine : ":" + startLine + "-" + endLine;
		return path + lines + (section.isEmpty() ? "" : " \u00a7 " + section);
	}
}
