package dev.piassistant.tools.internal.checkpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectInserter;

import dev.piassistant.core.checkpoint.CheckpointException;

/** A file as it is on disk now: its bytes (a link's target for a symbolic link) and its kind. */
record FileContent(FileState.Kind kind, byte[] bytes) {

	static final FileContent ABSENT = new FileContent(FileState.Kind.ABSENT, new byte[0]);

	static FileContent read(Path file) throws IOException {
		if (Files.isSymbolicLink(file)) {
			return new FileContent(FileState.Kind.SYMLINK, Files.readSymbolicLink(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			return ABSENT;
		}
		if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new CheckpointException(file + " is not a file: only files can be kept in a checkpoint.");
		}
		var kind = Files.isExecutable(file) ? FileState.Kind.EXECUTABLE : FileState.Kind.REGULAR;
		return new FileContent(kind, Files.readAllBytes(file));
	}

	/** The state this content has, its blob id worked out (and the blob stored, with an inserter). */
	FileState state(ObjectInserter inserter, boolean store) throws IOException {
		if (kind == FileState.Kind.ABSENT) {
			return FileState.ABSENT;
		}
		var id = store ? inserter.insert(Constants.OBJ_BLOB, bytes) : inserter.idFor(Constants.OBJ_BLOB, bytes);
		return new FileState(id, kind);
	}

	/** Puts this content at the path: a file, an executable file or a link, replacing what is there. */
	void write(Path file) throws IOException {
		if (kind == FileState.Kind.ABSENT) {
			Files.deleteIfExists(file);
			return;
		}
		var parent = file.getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		if (Files.isSymbolicLink(file) || kind == FileState.Kind.SYMLINK) {
			Files.deleteIfExists(file);
		}
		if (kind == FileState.Kind.SYMLINK) {
			Files.createSymbolicLink(file, Path.of(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
			return;
		}
		Files.write(file, bytes);
		setExecutable(file, kind == FileState.Kind.EXECUTABLE);
	}

	/** Like git, keeps one bit: executable means executable by whoever may read it. */
	private static void setExecutable(Path file, boolean executable) throws IOException {
		try {
			var permissions = EnumSet.copyOf(Files.getPosixFilePermissions(file));
			var before = EnumSet.copyOf(permissions);
			if (executable) {
				addIf(permissions, PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE);
				addIf(permissions, PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE);
				addIf(permissions, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE);
			} else {
				permissions.removeAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
						PosixFilePermission.OTHERS_EXECUTE));
			}
			if (!permissions.equals(before)) {
				Files.setPosixFilePermissions(file, permissions);
			}
		} catch (UnsupportedOperationException e) {
			file.toFile().setExecutable(executable);
		}
	}

	private static void addIf(EnumSet<PosixFilePermission> permissions, PosixFilePermission present, PosixFilePermission add) {
		if (permissions.contains(present)) {
			permissions.add(add);
		}
	}
}
