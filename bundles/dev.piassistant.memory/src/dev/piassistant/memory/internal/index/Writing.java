package dev.piassistant.memory.internal.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.memory.IndexMonitor;
import dev.piassistant.core.store.Database;
import dev.piassistant.memory.internal.graph.FileContent;
import dev.piassistant.memory.internal.java.Resolver;
import dev.piassistant.memory.internal.java.Symbols;
import dev.piassistant.memory.internal.text.MarkdownReader;
import dev.piassistant.memory.internal.text.TextReader;

/**
 * Reads the pending files and writes them, {@value #BATCH} to a transaction, the next batches resolved on the
 * reading threads while one is written. Java files of a run are declared together before any is resolved; a run
 * of more than {@value #WINDOW} files reads them twice (declarations first) rather than keeping them all in memory.
 */
final class Writing {

	static final int BATCH = 32;
	static final int WINDOW = 3_000;
	/** Batches resolved ahead of the one being written: enough to keep the threads busy, few enough to bound memory. */
	static final int AHEAD = 8;

	/** The ids of files about to be read again, whose stored declarations are stale. */
	interface Stale {
		Set<Long> of(List<Pending> reading, Map<String, Roots.Indexed> indexed);
	}

	private final Database database;
	private final IndexMonitor monitor;
	private final IndexOptions options;
	private final ChunkChanges changes;
	private final List<String> problems;

	Writing(Database database, IndexMonitor monitor, IndexOptions options, ChunkChanges changes, List<String> problems) {
		this.database = database;
		this.monitor = monitor;
		this.options = options;
		this.changes = changes;
		this.problems = problems;
	}

	/** Returns how many files were read and written anew. */
	int index(List<Pending> pending, Map<String, Roots.Indexed> indexed, ExecutorService threads, Stale stale)
			throws InterruptedException {
		if (pending.isEmpty()) {
			return 0;
		}
		var windows = windows(pending);
		monitor.begin("Indexing files", pending.size() * (windows.size() > 1 ? 3 : 2));
		var resolver = new Resolver(SymbolLoader.load(database, stale.of(pending, indexed)), options.javadocInChunks());
		var reading = new Reading(threads, monitor, problems);
		if (windows.size() > 1) {
			for (var window : windows) {
				resolver.declare(parsed(reading.read(window, indexed)));
			}
		}
		int written = 0;
		for (var window : windows) {
			if (monitor.isCancelled()) {
				break;
			}
			var read = reading.read(window, indexed);
			resolver.declare(parsed(read));
			written += write(read, resolver, threads);
		}
		return written;
	}

	private static List<List<Pending>> windows(List<Pending> pending) {
		var windows = new ArrayList<List<Pending>>();
		for (int from = 0; from < pending.size(); from += WINDOW) {
			windows.add(pending.subList(from, Math.min(pending.size(), from + WINDOW)));
		}
		return windows;
	}

	private static List<Resolver.Parsed> parsed(List<Pending> read) {
		return read.stream().map(file -> file.parsed).filter(Objects::nonNull).map(Objects::requireNonNull).toList();
	}

	/**
	 * Resolves the files batch by batch on the reading threads, a few batches ahead of the single writer, so that
	 * resolving and writing overlap; the symbols are only read once every file is declared.
	 */
	private int write(List<Pending> read, Resolver resolver, ExecutorService threads) throws InterruptedException {
		var batches = new ArrayList<List<Pending>>();
		for (int from = 0; from < read.size(); from += BATCH) {
			batches.add(read.subList(from, Math.min(read.size(), from + BATCH)));
		}
		var resolved = new ArrayList<@Nullable Future<List<@Nullable FileContent>>>();
		int written = 0;
		try {
			for (int b = 0; b < batches.size() && !monitor.isCancelled(); b++) {
				while (resolved.size() < Math.min(batches.size(), b + AHEAD)) {
					var batch = batches.get(resolved.size());
					resolved.add(threads.submit(() -> batch.stream().map(file -> file.unchanged ? null : prepared(content(file, resolver))).toList()));
				}
				written += write(batches.get(b), contentsOf(Objects.requireNonNull(resolved.get(b))));
				resolved.set(b, null);
			}
		} finally {
			resolved.stream().filter(Objects::nonNull).forEach(future -> future.cancel(false));
		}
		return written;
	}

	private static List<@Nullable FileContent> contentsOf(Future<List<@Nullable FileContent>> future) throws InterruptedException {
		try {
			return future.get();
		} catch (ExecutionException e) {
			throw new IllegalStateException("Resolving Java files failed", e.getCause());
		}
	}

	private int write(List<Pending> batch, List<@Nullable FileContent> contents) {
		var batchChanges = new ChunkChanges();
		database.write(sql -> {
			for (int i = 0; i < batch.size(); i++) {
				var file = batch.get(i);
				var content = contents.get(i);
				if (content == null) {
					ContentWriter.touch(sql, file.rootId, file.found.path(), file.found.modified());
				} else {
					ContentWriter.write(sql, new ContentWriter.FileRow(file.rootId, file.found.path(), file.found.kind(),
							file.found.size(), file.found.modified(), Objects.requireNonNull(file.hash)), content, batchChanges);
				}
			}
			return null;
		});
		changes.addAll(batchChanges);
		int written = 0;
		for (var file : batch) {
			written += file.unchanged ? 0 : 1;
			monitor.worked(1, file.root + "/" + file.found.path());
		}
		return written;
	}

	private static @Nullable FileContent prepared(@Nullable FileContent content) {
		if (content != null) {
			content.embedHashes();
			content.terms();
		}
		return content;
	}

	private @Nullable FileContent content(Pending file, Resolver resolver) {
		var text = Objects.requireNonNull(file.text);
		var path = file.found.path();
		try {
			return switch (file.found.kind()) {
			case JAVA -> file.parsed != null ? resolver.content(file.parsed) : TextReader.read(file.root, path, text);
			case MARKDOWN -> MarkdownReader.read(file.root, path, text, FileKind.isKnowledge(file.root, path),
					name -> typeNamed(resolver.symbols(), name));
			case TEXT -> TextReader.read(file.root, path, text);
			};
		} catch (RuntimeException e) {
			problems.add(file.root + "/" + path + ": " + e);
			return TextReader.read(file.root, path, text);
		}
	}

	private static @Nullable String typeNamed(Symbols symbols, String name) {
		if (symbols.has(name)) {
			return name;
		}
		var named = symbols.named(name);
		return named.size() == 1 ? named.get(0).key : null;
	}
}
