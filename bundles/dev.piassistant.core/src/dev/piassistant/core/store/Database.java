package dev.piassistant.core.store;

/**
 * The workspace's SQLite database (WAL). Reads run in read transactions on reader connections and see one
 * consistent snapshot, concurrently with each other and with the writer; writes run one at a time in the
 * writer's transaction, committed when the work returns and rolled back when it throws. Work must be short.
 * <p>
 * Calls nested on the same thread: a read inside a read joins it (same snapshot); a read inside a write runs
 * in the write's transaction and sees its changes; a write inside a write is undone alone when it throws
 * (a savepoint). A write inside a read fails at once with an {@link IllegalStateException}, since the read's
 * snapshot could never see it. Work must not wait for another thread that writes: that deadlocks, and the
 * waiting write fails with a {@link StoreException} after a while.
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
