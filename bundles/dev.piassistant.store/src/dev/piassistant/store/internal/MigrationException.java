package dev.piassistant.store.internal;

/** A contributed migration failed; nothing of it was applied. */
public final class MigrationException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	MigrationException(String owner, int version, Throwable cause) {
		super("Migration " + version + " of '" + owner + "' failed and was rolled back: " + cause.getMessage(), cause);
	}
}
