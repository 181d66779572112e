package dev.piassistant.memory.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.memory.Embedder;
import dev.piassistant.core.memory.IndexMonitor;
import dev.piassistant.core.memory.IndexReport;
import dev.piassistant.core.memory.IndexRoot;
import dev.piassistant.core.store.Database;
import dev.piassistant.memory.internal.index.ChunkChanges;
import dev.piassistant.memory.internal.index.EmbeddingPass;
import dev.piassistant.memory.internal.index.IndexOptions;
import dev.piassistant.memory.internal.index.IndexRun;
import dev.piassistant.memory.internal.index.KeywordLoader;
import dev.piassistant.memory.internal.index.KnowledgeRoot;
import dev.piassistant.memory.internal.index.VectorLoader;
import dev.piassistant.memory.internal.search.KeywordIndex;
import dev.piassistant.memory.internal.search.Semantic;
import dev.piassistant.memory.internal.search.VectorIndex;

/**
 * Index runs, one at a time, and what follows them in memory: the keyword index (batch by batch, as each commits)
 * and the vectors. Both are loaded from the database on first use, so a run stopped or killed half way leaves
 * nothing to repair. Files are parsed on a few threads of their own; writes go through the database's single writer.
 */
public final class Indexing implements AutoCloseable {

	private final Database database;
	private final ReentrantLock running = new ReentrantLock();
	private final ExecutorService parsers;
	private volatile IndexOptions options = IndexOptions.DEFAULT;
	private volatile @Nullable Embedder embedder;
	private volatile @Nullable Semantic semantic;
	private volatile @Nullable KeywordIndex keywords;
	/** Held while the keyword index loads and while changes are applied to it. */
	private final Object keywordsLock = new Object();

	public Indexing(Database database) {
		this.database = database;
		this.parsers = Executors.newFixedThreadPool(readingThreads(), runnable -> {
			var thread = new Thread(runnable, "Pi Assistant memory: reading files");
			thread.setDaemon(true);
			return thread;
		});
	}

	/** How many threads read and parse files: one per core, up to four. */
	public static int readingThreads() {
		return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
	}

	/** For measurements: how the next runs build the index. */
	public void options(IndexOptions chosen) {
		options = chosen;
	}

	void embedder(@Nullable Embedder installed) {
		embedder = installed;
		semantic = null;
	}

	/** Drops the keyword index and the vectors in memory; they are loaded again when next needed. */
	void reload() {
		synchronized (keywordsLock) {
			keywords = null;
		}
		semantic = null;
	}

	/** The keyword index, loaded on first use. */
	public KeywordIndex keywords() {
		var loaded = keywords;
		if (loaded == null) {
			synchronized (keywordsLock) {
				loaded = keywords;
				if (loaded == null) {
					loaded = KeywordLoader.load(database);
					keywords = loaded;
				}
			}
		}
		return loaded;
	}

	/** For tests: whether the keyword index is in memory, so that a search need not load it first. */
	public boolean keywordsLoaded() {
		return keywords != null;
	}

	boolean hasEmbedder() {
		return embedder != null;
	}

	/** Search by meaning, loading the vectors on first use; null without an embedder. */
	public @Nullable Semantic semantic() {
		var model = embedder;
		if (model == null) {
			return null;
		}
		var loaded = semantic;
		if (loaded == null) {
			synchronized (this) {
				loaded = semantic;
				if (loaded == null) {
					loaded = new Semantic(model, VectorLoader.load(database, model.model(), model.dimensions()));
					semantic = loaded;
				}
			}
		}
		return loaded;
	}

	IndexReport run(List<IndexRoot> roots, @Nullable Collection<Path> only, IndexMonitor monitor) {
		running.lock();
		try {
			var all = new ArrayList<>(roots);
			if (only == null && all.stream().noneMatch(root -> root.name().equals(KnowledgeRoot.NAME))) {
				all.add(KnowledgeRoot.root());
			}
			var run = new IndexRun(database, monitor, parsers, options, this::followKeywords);
			var report = run.run(all, only);
			followVectors(run.changes());
			var embedded = embed(monitor);
			database.write(sql -> sql.update("INSERT OR REPLACE INTO memory_state (key, value) VALUES ('indexedAt', ?)",
					Instant.now().toString()));
			return new IndexReport(report.files(), report.parsed(), report.removed(), report.chunks(), report.commits(), embedded,
					report.took(), monitor.isCancelled(), report.problems());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Indexing was interrupted", e);
		} finally {
			running.unlock();
		}
	}

	/** Brings the keyword index and the vectors in memory (those loaded) in step with chunks written or removed. */
	public void follow(ChunkChanges changes) {
		followKeywords(changes);
		followVectors(changes);
	}

	/**
	 * Under the lock that loading holds, so that changes committed while it reads are applied after it (applying
	 * twice does no harm); when not loaded, the load to come reads them.
	 */
	private void followKeywords(ChunkChanges changes) {
		synchronized (keywordsLock) {
			var loaded = keywords;
			if (loaded != null && !changes.isEmpty()) {
				KeywordLoader.apply(database, loaded, changes);
			}
		}
	}

	private void followVectors(ChunkChanges changes) {
		var loaded = semantic;
		if (loaded != null && !changes.isEmpty()) {
			VectorLoader.apply(database, loaded.embedder().model(), loaded.vectors(), changes);
		}
	}

	/**
	 * Embeds chunks written outside index runs (episodes) at once, so that they are found by meaning too. While a
	 * run goes on, its own pass picks them up.
	 */
	void embedPending() {
		if (!running.tryLock()) {
			return;
		}
		try {
			embed(IndexMonitor.NONE);
		} finally {
			running.unlock();
		}
	}

	private int embed(IndexMonitor monitor) {
		var model = embedder;
		if (model == null || monitor.isCancelled()) {
			return 0;
		}
		var loaded = semantic();
		var vectors = loaded == null ? new VectorIndex(model.dimensions()) : loaded.vectors();
		var wasEmpty = vectors.size() == 0;
		var embedded = EmbeddingPass.run(database, model, vectors, monitor);
		if (wasEmpty && embedded > 0) {
			semantic = null;
		}
		return embedded;
	}

	boolean isRunning() {
		return running.isLocked();
	}

	@Override
	public void close() {
		parsers.shutdownNow();
	}
}
