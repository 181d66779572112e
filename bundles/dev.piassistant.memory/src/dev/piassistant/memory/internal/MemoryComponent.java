package dev.piassistant.memory.internal;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.Platform;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import dev.piassistant.core.TaskId;
import dev.piassistant.core.memory.Embedder;
import dev.piassistant.core.memory.Entity;
import dev.piassistant.core.memory.Episode;
import dev.piassistant.core.memory.GraphAnswer;
import dev.piassistant.core.memory.GraphQuestion;
import dev.piassistant.core.memory.Hit;
import dev.piassistant.core.memory.IndexMonitor;
import dev.piassistant.core.memory.IndexReport;
import dev.piassistant.core.memory.IndexRoot;
import dev.piassistant.core.memory.KnowledgeNote;
import dev.piassistant.core.memory.Link;
import dev.piassistant.core.memory.MemoryIndex;
import dev.piassistant.core.memory.MemoryQuery;
import dev.piassistant.core.memory.MemoryService;
import dev.piassistant.core.memory.MemoryStatus;
import dev.piassistant.core.memory.Source;
import dev.piassistant.core.store.Database;
import dev.piassistant.core.store.SchemaContribution;
import dev.piassistant.memory.internal.episodes.EpisodeStore;
import dev.piassistant.memory.internal.graph.GraphQueries;
import dev.piassistant.memory.internal.index.KnowledgeRoot;
import dev.piassistant.memory.internal.search.Retriever;

/**
 * The memory of a workspace: searched through {@link MemoryService}, built through {@link MemoryIndex}. Search by
 * meaning joins in when an {@link Embedder} is installed; without one, keywords and the graph answer.
 */
@Component(service = { MemoryService.class, MemoryIndex.class })
public final class MemoryComponent implements MemoryService, MemoryIndex {

	private static final System.Logger LOG = System.getLogger(MemoryComponent.class.getName());
	/** Knowledge files are looked at again at most this often, before a search. */
	private static final long KNOWLEDGE_CHECK_MILLIS = 2_000;

	private final Database database;
	private final Indexing indexing;
	private final Retriever retriever;
	private final Warmup warmup;
	private final GraphQueries graph;
	private final EpisodeStore episodes;
	private final Path workspace;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private volatile long knowledgeCheckedAt;

	/** The schema must be in place before the first query: it is a reference, though only its presence matters. */
	@Activate
	public MemoryComponent(@Reference Database database,
			@Reference(target = "(component.name=dev.piassistant.memory.internal.MemorySchema)") SchemaContribution schema) {
		this.database = database;
		this.indexing = new Indexing(database);
		this.retriever = new Retriever(database, indexing::keywords, indexing::semantic);
		this.graph = new GraphQueries(database);
		this.workspace = workspace();
		this.episodes = new EpisodeStore(database, workspace);
		this.warmup = new Warmup(indexing);
		warmup.schedule(Warmup.DELAY_MILLIS);
	}

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
	void setEmbedder(Embedder embedder) {
		indexing.embedder(embedder);
	}

	void unsetEmbedder(Embedder embedder) {
		indexing.embedder(null);
	}

	@Deactivate
	void deactivate() {
		warmup.cancel();
		indexing.close();
		retriever.close();
	}

	/** The folder tasks work in: the Eclipse workspace (the instance location), else the current folder. */
	static Path workspace() {
		var location = Platform.getInstanceLocation();
		if (location != null && location.isSet()) {
			try {
				return Path.of(location.getURL().toURI());
			} catch (URISyntaxException | IllegalArgumentException e) {
				return Path.of(location.getURL().getPath());
			}
		}
		return Path.of(System.getProperty("user.dir"));
	}

	/** For tests and measurements. */
	public Indexing indexing() {
		return indexing;
	}

	public EpisodeStore episodeStore() {
		return episodes;
	}

	@Override
	public IndexReport index(List<IndexRoot> roots, IndexMonitor monitor) {
		return changed(indexing.run(roots, null, monitor));
	}

	@Override
	public IndexReport update(List<IndexRoot> roots, Collection<Path> files, IndexMonitor monitor) {
		return changed(indexing.run(roots, files, monitor));
	}

	@Override
	public void forget(String root) {
		database.write(sql -> sql.update("DELETE FROM memory_roots WHERE name = ?", root));
		indexing.reload();
		warmup.schedule();
		notifyListeners();
	}

	private IndexReport changed(IndexReport report) {
		notifyListeners();
		return report;
	}

	@Override
	public List<Hit> search(MemoryQuery query) {
		refreshKnowledge();
		return retriever.search(query);
	}

	@Override
	public Optional<GraphAnswer> ask(GraphQuestion question, String subject, int limit) {
		return graph.ask(question, subject, limit);
	}

	@Override
	public List<Entity> find(String name, int limit) {
		return graph.find(name, limit);
	}

	@Override
	public List<Link> neighbours(long entity, int limit) {
		return graph.neighbours(entity, limit);
	}

	@Override
	public String context(String work, int maxChars) {
		if (work.isBlank() || status().chunks() == 0) {
			return "";
		}
		return ContextText.of(search(MemoryQuery.of(work, 8)), episodes.ratedDown(), maxChars);
	}

	@Override
	public List<Episode> episodes(int limit) {
		return episodes.latest(limit);
	}

	@Override
	public void rate(TaskId task, Episode.Rating rating) {
		episodes.rate(task, rating);
		notifyListeners();
	}

	/** Records the episodes of a session's ended tasks that have none yet. */
	public void recordEpisodes(List<dev.piassistant.core.event.AgentEvent> events) {
		var changes = episodes.record(events);
		if (!changes.isEmpty()) {
			indexing.follow(changes);
			indexing.embedPending();
			notifyListeners();
		}
	}

	@Override
	public Source remember(KnowledgeNote note) {
		var roots = roots();
		var file = Knowledge.file(note, roots, workspace);
		var root = note.scope() == KnowledgeNote.Scope.USER ? KnowledgeRoot.root()
				: roots.stream().filter(candidate -> file.startsWith(candidate.folder())).findFirst()
						.orElse(new IndexRoot(workspace.getFileName() == null ? "workspace" : workspace.getFileName().toString(), workspace));
		var shown = root.name() + "/" + root.folder().relativize(file).toString().replace('\\', '/');
		var source = Knowledge.write(note, file, shown);
		update(List.of(root), List.of(file), IndexMonitor.NONE);
		return source;
	}

	/** The user's edits of knowledge files count at the next search: changed ones are indexed again first. */
	private void refreshKnowledge() {
		var now = System.currentTimeMillis();
		if (now - knowledgeCheckedAt < KNOWLEDGE_CHECK_MILLIS || indexing.isRunning()) {
			return;
		}
		knowledgeCheckedAt = now;
		var roots = new java.util.ArrayList<>(roots());
		if (roots.stream().noneMatch(root -> root.name().equals(KnowledgeRoot.NAME))) {
			roots.add(KnowledgeRoot.root());
		}
		var files = new java.util.LinkedHashSet<>(Knowledge.files(roots));
		files.addAll(database.read(sql -> sql.query("""
				SELECT r.folder, f.path FROM memory_files f JOIN memory_roots r ON f.root = r.id
				WHERE r.name = ? OR f.path LIKE '.pi/knowledge/%'""", row -> Path.of(row.text("folder"), row.text("path")),
				KnowledgeRoot.NAME)));
		if (!files.isEmpty()) {
			try {
				indexing.run(roots, files, IndexMonitor.NONE);
			} catch (RuntimeException e) {
				LOG.log(System.Logger.Level.WARNING, "Knowledge files could not be indexed again", e);
			}
		}
	}

	/** The roots indexed so far. */
	public List<IndexRoot> roots() {
		return database.read(sql -> sql.query("SELECT name, folder FROM memory_roots ORDER BY id",
				row -> new IndexRoot(row.text("name"), Path.of(row.text("folder")))));
	}

	@Override
	public MemoryStatus status() {
		var semantic = indexing.hasEmbedder() ? indexing.semantic() : null;
		return database.read(sql -> sql.queryFirst("""
				SELECT (SELECT count(*) FROM memory_files) AS files, (SELECT count(*) FROM memory_chunks) AS chunks,
				(SELECT count(*) FROM memory_entities) AS entities, (SELECT count(*) FROM memory_relations) AS relations,
				(SELECT count(*) FROM memory_episodes) AS episodes,
				(SELECT value FROM memory_state WHERE key = 'indexedAt') AS indexed""",
				row -> new MemoryStatus(row.integer("files"), row.integer("chunks"), row.integer("entities"), row.integer("relations"),
						semantic == null ? 0 : semantic.vectors().size(), row.integer("episodes"), semantic != null,
						Optional.ofNullable(row.text("indexed")).map(Instant::parse))).orElse(MemoryStatus.EMPTY));
	}

	@Override
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	void notifyListeners() {
		for (var listener : listeners) {
			try {
				listener.run();
			} catch (RuntimeException e) {
				LOG.log(System.Logger.Level.WARNING, "A memory listener failed", e);
			}
		}
	}
}
