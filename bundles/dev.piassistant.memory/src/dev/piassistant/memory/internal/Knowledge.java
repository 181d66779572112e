package dev.piassistant.memory.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.piassistant.core.memory.IndexRoot;
import dev.piassistant.core.memory.KnowledgeNote;
import dev.piassistant.core.memory.Source;
import dev.piassistant.memory.internal.index.KnowledgeRoot;

/**
 * Knowledge files: markdown the user (or the agent, through {@code remember}) keeps for the agent, one file per
 * topic, in {@code ~/.pi-assistant/knowledge/} or a project's {@code .pi/knowledge/}. They are indexed like other
 * markdown, each section a concept; the user's edits are picked up before the next search.
 */
final class Knowledge {

	static final String FOLDER = ".pi/knowledge";

	private Knowledge() {
	}

	/** Where a note goes: the file for its topic, in the root it belongs to. */
	static Path file(KnowledgeNote note, List<IndexRoot> roots, Path workspace) {
		Path folder;
		if (note.scope() == KnowledgeNote.Scope.USER) {
			folder = KnowledgeRoot.folder();
		} else {
			var root = roots.stream().filter(candidate -> !candidate.name().equals(KnowledgeRoot.NAME))
					.filter(candidate -> note.project() == null || candidate.name().equals(note.project())).findFirst();
			if (root.isEmpty() && note.project() != null) {
				throw new IllegalArgumentException("There is no project named '" + note.project() + "' in the memory. The projects are: "
						+ String.join(", ", roots.stream().map(IndexRoot::name).filter(name -> !name.equals(KnowledgeRoot.NAME)).toList()));
			}
			folder = root.map(IndexRoot::folder).orElse(workspace).resolve(FOLDER);
		}
		return folder.resolve(slug(note.topic()) + ".md");
	}

	/** Writes the note's file, replacing an earlier note on the same topic. */
	static Source write(KnowledgeNote note, Path file, String shownAs) {
		var text = "# " + note.topic().strip() + "\n\n" + note.text().strip() + "\n";
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException("The note could not be written to " + file + ": " + e.getMessage(), e);
		}
		return new Source(file, shownAs, 1, (int) text.lines().count(), null, note.topic().strip());
	}

	static String slug(String topic) {
		var slug = topic.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		return slug.isEmpty() ? "note" : slug.length() > 60 ? slug.substring(0, 60) : slug;
	}

	/** The knowledge folders of these roots that exist, as the files in them. */
	static List<Path> files(List<IndexRoot> roots) {
		var files = new ArrayList<Path>();
		for (var root : roots) {
			var folder = root.name().equals(KnowledgeRoot.NAME) ? root.folder() : root.folder().resolve(FOLDER);
			if (Files.isDirectory(folder)) {
				try (var walk = Files.walk(folder)) {
					walk.filter(Files::isRegularFile).filter(path -> path.toString().endsWith(".md")).forEach(files::add);
				} catch (IOException e) {
					// A folder that cannot be read has no notes to refresh.
				}
			}
		}
		return files;
	}
}
