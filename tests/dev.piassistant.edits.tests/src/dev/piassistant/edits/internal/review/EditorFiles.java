package dev.piassistant.edits.internal.review;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;

/**
 * Files as an editor holds them: one document per file, with an undo history that outlives the review (the editor
 * stays open after it), and a "disk" that is whatever the test puts there.
 */
final class EditorFiles implements ReviewFiles {

	final Map<String, IDocument> documents = new HashMap<>();
	final Map<String, String> disk = new HashMap<>();
	final Map<String, Integer> saves = new HashMap<>();

	/** Opens an "editor" on a file: its document with the given text and a fresh undo history. */
	IDocument edit(String path, String text) {
		var document = new Document(text);
		DocumentUndoManagerRegistry.connect(document);
		undo(document).connect(this);
		undo(document).setMaximalUndoLevel(5_000);
		documents.put(path, document);
		disk.putIfAbsent(path, text);
		return document;
	}

	/**
	 * Closes the "editors": their undo histories leave the workbench's shared operation history, which otherwise
	 * grows with every test and slows down every later one.
	 */
	void close() {
		for (var document : documents.values()) {
			undo(document).disconnect(this);
			DocumentUndoManagerRegistry.disconnect(document);
		}
		documents.clear();
	}

	static IDocumentUndoManager undo(IDocument document) {
		return DocumentUndoManagerRegistry.getDocumentUndoManager(document);
	}

	@Override
	public Optional<String> read(String path) {
		return Optional.ofNullable(disk.get(path));
	}

	@Override
	public OpenDocument open(String path) {
		var document = documents.computeIfAbsent(path, key -> edit(key, disk.getOrDefault(key, "")));
		return new OpenDocument() {
			@Override
			public IDocument document() {
				return document;
			}

			@Override
			public void save() {
				disk.put(path, document.get());
				saves.merge(path, 1, Integer::sum);
			}

			@Override
			public void close() {
				// The editor keeps the document and its history.
			}
		};
	}

	@Override
	public void create(String path, String content) {
		disk.put(path, content);
	}

	@Override
	public void delete(String path) {
		disk.remove(path);
	}

	@Override
	public void move(String from, String to, String content) {
		disk.remove(from);
		disk.put(to, content);
	}
}
