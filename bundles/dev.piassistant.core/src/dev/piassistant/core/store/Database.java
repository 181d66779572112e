package dev.piassistant.core.store;

/**
 * The workspace's SQLite database (WAL). Reads run in read transactions on reader connections and see one
 * consistent snapshot, concurrently with each other and with the writer; writes run one at a time in the
 * writer's transaction, committed when the work returns and rolled back when it throws. Work must be short
 * and must not call back into the database from inside.
 */
public interface Database {

	/** Runs work in a read transaction. Writing statements fail. */
	<T> T read(Work<T> work);

	/** Runs work in the write transaction. */
	<T> T write(Work<T> work);

	/** What a transaction does. */
	@FunctionalInterface
	interface Work<T> {
		T run(Sql sql);
	}
}
