package dev.piassistant.cli.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;

import dev.piassistant.cli.internal.args.UsageException;

/**
 * The folder {@code pi} works in, which is also the Eclipse workspace whose metadata holds the database: the
 * same file the Pi IDE uses for that workspace, so tasks run here show in its history. It is locked while
 * {@code pi} runs, as the IDE locks it, so that the two never run the agent on one database at once.
 */
final class Workspace implements AutoCloseable {

	/** The workspace cannot be used now; the message says why. */
	static final class Unavailable extends Exception {

		private static final long serialVersionUID = 1L;

		Unavailable(String message) {
			super(message);
		}
	}

	private final Path directory;
	private final Location location;

	private Workspace(Path directory, Location location) {
		this.directory = directory;
		this.location = location;
	}

	/**
	 * Takes the workspace: the one the launcher was given ({@code -data}), which must be the one asked for, or
	 * else the one asked for, or else the current folder.
	 */
	static Workspace open(Optional<Path> requested) throws UsageException, Unavailable {
		var location = Platform.getInstanceLocation();
		if (location == null || location.isReadOnly()) {
			throw new Unavailable(Messages.Workspace_noLocation);
		}
		var wanted = requested.map(path -> path.toAbsolutePath().normalize());
		if (wanted.isPresent() && !Files.isDirectory(wanted.get())) {
			throw new UsageException(NLS.bind(Messages.Workspace_missing, wanted.get()));
		}
		var directory = location.isSet() ? given(location) : wanted.orElse(Path.of("").toAbsolutePath());
		if (wanted.isPresent() && !same(wanted.get(), directory)) {
			throw new UsageException(NLS.bind(Messages.Workspace_mismatch, wanted.get(), directory));
		}
		if (!Files.isDirectory(directory)) {
			throw new UsageException(NLS.bind(Messages.Workspace_missing, directory));
		}
		try {
			var locked = location.isSet() ? location.lock() : location.set(directory.toUri().toURL(), true);
			if (!locked) {
				throw new Unavailable(NLS.bind(Messages.Workspace_inUse, directory));
			}
		} catch (IOException | IllegalStateException e) {
			throw new Unavailable(NLS.bind(Messages.Workspace_lockFailed, directory, e.getMessage()));
		}
		return new Workspace(directory, location);
	}

	private static Path given(Location location) throws Unavailable {
		try {
			return Path.of(location.getURL().toURI()).toAbsolutePath().normalize();
		} catch (URISyntaxException | IllegalArgumentException e) {
			// Equinox keeps file URLs unencoded: a folder with blanks is not a valid URI.
			return Path.of(location.getURL().getPath()).toAbsolutePath().normalize();
		}
	}

	private static boolean same(Path one, Path other) {
		try {
			return Files.isSameFile(one, other);
		} catch (IOException e) {
			return one.equals(other);
		}
	}

	Path directory() {
		return directory;
	}

	/** Where the agent's database of this workspace is. */
	Path database() {
		return directory.resolve(".metadata/.plugins/dev.piassistant.store/pi-assistant.db");
	}

	@Override
	public void close() {
		location.release();
	}
}
