package dev.piassistant.edits.internal.review;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;

/**
 * Files straight on disk, UTF-8: for the command line, where no editor holds a document. A document is the file's
 * content read when it is opened, with its own undo history; saving writes it back through a temporary file, so a
 * crash never leaves half a file.
 */
public final class DiskFiles implements ReviewFiles {

	private final Path workspace;

	public DiskFiles(Path workspace) {
		this.workspace = workspace;
	}

	@Override
	public Optional<String> read(String path) throws IOException {
		var file = WorkspacePaths.resolve(workspace, path);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		return Optional.of(decode(Files.readAllBytes(file), path));
	}

	static String decode(byte[] bytes, String path) throws IOException {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			throw new IOException(path + " is not UTF-8 text; it cannot be edited here.", e);
		}
	}

	@Override
	public OpenDocument open(String path) throws IOException {
		var file = WorkspacePaths.resolve(workspace, path);
		IDocument document = new Document(read(path).orElse(""));
		var client = new Object();
		DocumentUndoManagerRegistry.connect(document);
		DocumentUndoManagerRegistry.getDocumentUndoManager(document).connect(client);
		return new OpenDocument() {
			@Override
			public IDocument document() {
				return document;
			}

			@Override
			public void save() throws IOException {
				write(file, document.get());
			}

			@Override
			public void close() {
				DocumentUndoManagerRegistry.getDocumentUndoManager(document).disconnect(client);
				DocumentUndoManagerRegistry.disconnect(document);
			}
		};
	}

	@Override
	public void create(String path, String content) throws IOException {
		var file = WorkspacePaths.resolve(workspace, path);
		if (Files.exists(file)) {
			throw new IOException(path + " exists already.");
		}
		write(file, content);
	}

	@Override
	public void delete(String path) throws IOException {
		Files.deleteIfExists(WorkspacePaths.resolve(workspace, path));
	}

	@Override
	public void move(String from, String to, String content) throws IOException {
		var target = WorkspacePaths.resolve(workspace, to);
		if (Files.exists(target)) {
			throw new IOException(to + " exists already.");
		}
		write(target, content);
		Files.delete(WorkspacePaths.resolve(workspace, from));
	}

	/** Writes a file whole: a new one directly, an existing one through a temporary file that keeps its permissions. */
	static void write(Path file, String content) throws IOException {
		var folder = file.getParent();
		Files.createDirectories(folder);
		if (!Files.exists(file)) {
			Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
			return;
		}
		var temporary = Files.createTempFile(folder, "." + file.getFileName(), ".pi-tmp");
		try {
			Files.writeString(temporary, content, StandardCharsets.UTF_8);
			try {
				Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(file));
			} catch (UnsupportedOperationException e) {
				// not a POSIX file system: the temporary file has the usual permissions already
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
