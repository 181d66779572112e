package dev.piassistant.edits.internal.review;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.jface.text.IDocument;

/**
 * How a review reaches the files of its change set: their documents while hunks are reviewed, their content on
 * disk, and the operations that create, delete and move them. Paths are relative to the workspace.
 */
public interface ReviewFiles {

	/** A file's document, open until closed. */
	interface OpenDocument {
		IDocument document();

		/** Writes what the review changed to disk (where that is the review's to do). */
		void save() throws IOException;

		void close();
	}

	/** The file's content on disk; empty when there is no such file. */
	Optional<String> read(String path) throws IOException;

	/** The file's document: the one its editor shows, when it has one. */
	OpenDocument open(String path) throws IOException;

	void create(String path, String content) throws IOException;

	void delete(String path) throws IOException;

	/** Moves a file and gives it its new content. */
	void move(String from, String to, String content) throws IOException;
}
