package dev.piassistant.memory.internal.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.memory.IndexMonitor;
import dev.piassistant.core.memory.IndexReport;
import dev.piassistant.core.memory.IndexRoot;
import dev.piassistant.core.store.Database;

/**
 * One index run: finds what changed in the roots (or in the files named), removes what is gone, reads what is new
 * or changed, resolves Java against all the index knows and writes it in small transactions, then brings in the
 * git history. Stopping it (or killing the process) leaves every file either as before or fully indexed.
 */
public final class IndexRun {

	private final Database database;
	private final IndexMonitor monitor;
	private final ExecutorService threads;
	private final IndexOptions options;
	private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
	private final ChunkChanges changes;
	private final long started = System.nanoTime();
	private int removed;
	private int commits;

	/** {@code committed} is told what each committed batch changed among chunks. */
	public IndexRun(Database database, IndexMonitor monitor, ExecutorService threads, IndexOptions options,
			java.util.function.Consumer<ChunkChanges> committed) {
		this.database = database;
		this.changes = new ChunkChanges(committed);
		this.monitor = monitor;
		this.threads = threads;
		this.options = options;
	}

	/** What the run changed among chunks, for the vectors kept in memory. */
	public ChunkChanges changes() {
		return changes;
	}

	/** Indexes the roots; with {@code only}, just those files (an edit, a rename, a deletion). */
	public IndexReport run(List<IndexRoot> roots, @Nullable Collection<Path> only) throws InterruptedException {
		monitor.begin("Finding files", 0);
		var pending = new ArrayList<Pending>();
		var indexed = new HashMap<String, Roots.Indexed>();
		for (var root : roots) {
			var id = Roots.ensure(database, root);
			var before = Roots.files(database, id);
			before.forEach((path, file) -> indexed.put(id + "/" + path, file));
			var gone = only == null ? changedIn(root, id, before, pending) : named(root, id, before, only, pending);
			remove(id, gone);
		}
		var read = new Writing(database, monitor, options, changes, problems).index(pending, indexed, threads, this::excluded);
		if (!monitor.isCancelled()) {
			Roots.updatePackages(database);
			if (options.history()) {
				commits = new GitHistory(database, monitor, problems, changes, options.maxCommits()).index(roots);
			}
		}
		return new IndexReport(only == null ? countFiles(roots) : pending.size(), read, removed, countChunks(), commits, 0,
				Duration.ofNanos(System.nanoTime() - started), monitor.isCancelled(), List.copyOf(problems));
	}

	private java.util.Set<Long> excluded(List<Pending> reading, Map<String, Roots.Indexed> indexed) {
		var ids = new HashSet<Long>();
		for (var file : reading) {
			var before = indexed.get(Reading.key(file));
			if (before != null) {
				ids.add(before.id());
			}
		}
		return ids;
	}

	/** New and changed files of a root go to {@code pending}; returns the indexed paths no longer there. */
	private List<String> changedIn(IndexRoot root, long id, Map<String, Roots.Indexed> before, List<Pending> pending) {
		var gone = new HashSet<>(before.keySet());
		for (var found : Scanner.scan(root.folder(), problems)) {
			gone.remove(found.path());
			var old = before.get(found.path());
			if (old == null || old.size() != found.size() || old.modified() != found.modified()) {
				pending.add(new Pending(id, root.name(), root.folder(), found));
			}
		}
		return new ArrayList<>(gone);
	}

	/** The files named that are in this root: those that exist go to {@code pending}; returns those gone. */
	private List<String> named(IndexRoot root, long id, Map<String, Roots.Indexed> before, Collection<Path> only,
			List<Pending> pending) {
		var gone = new ArrayList<String>();
		var folder = root.folder().toAbsolutePath().normalize();
		for (var file : only) {
			var absolute = file.toAbsolutePath().normalize();
			if (!absolute.startsWith(folder) || absolute.equals(folder)) {
				continue;
			}
			var path = Scanner.relative(folder, absolute);
			var kind = FileKind.of(absolute.getFileName().toString());
			if (Files.isRegularFile(absolute) && kind != null) {
				try {
					var old = before.get(path);
					if (old != null && old.size() == Files.size(absolute)
							&& old.modified() == Files.getLastModifiedTime(absolute).toMillis()) {
						continue;
					}
					pending.add(new Pending(id, root.name(), root.folder(),
							new Scanner.Found(path, kind, Files.size(absolute), Files.getLastModifiedTime(absolute).toMillis())));
				} catch (java.io.IOException e) {
					problems.add(path + ": " + e.getMessage());
				}
			} else {
				gone.addAll(before.keySet().stream().filter(indexedPath -> indexedPath.equals(path) || indexedPath.startsWith(path + "/")).toList());
			}
		}
		return gone;
	}

	private void remove(long root, List<String> gone) {
		for (int from = 0; from < gone.size(); from += Writing.BATCH) {
			var batch = gone.subList(from, Math.min(gone.size(), from + Writing.BATCH));
			var batchChanges = new ChunkChanges();
			database.write(sql -> {
				batch.forEach(path -> ContentWriter.remove(sql, root, path, batchChanges));
				return null;
			});
			changes.addAll(batchChanges);
			removed += batch.size();
		}
	}

	private int countFiles(List<IndexRoot> roots) {
		return database.read(sql -> {
			int count = 0;
			for (var root : roots) {
				count += sql.queryFirst("SELECT count(*) AS n FROM memory_files f JOIN memory_roots r ON f.root = r.id WHERE r.name = ?",
						row -> (int) row.integer("n"), root.name()).orElse(0);
			}
			return count;
		});
	}

	private int countChunks() {
		return database.read(sql -> sql.queryFirst("SELECT count(*) AS n FROM memory_chunks", row -> (int) row.integer("n")).orElse(0));
	}
}
