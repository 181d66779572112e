package dev.piassistant.memory.internal.episodes;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.agent.AgentListener;
import dev.piassistant.core.agent.AgentService;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.TaskEnded;
import dev.piassistant.core.store.Database;

/**
 * Follows the agent: when a task ends, its session's events are read and its episode recorded, on a thread of its
 * own (never the agent's). On start it catches up with sessions active since it last looked, so that tasks that
 * ended while it was not there (a crash, another process) get their episodes too.
 */
public final class EpisodeRecorder implements AutoCloseable {

	private static final System.Logger LOG = System.getLogger(EpisodeRecorder.class.getName());
	/** Sessions looked at when catching up, the most recent first. */
	static final int CATCH_UP_SESSIONS = 50;
	private static final String CHECKED = "episodesCheckedAt";

	private final Database database;
	private final Consumer<List<AgentEvent>> record;
	private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
		var daemon = new Thread(runnable, "Pi Assistant memory: episodes");
		daemon.setDaemon(true);
		return daemon;
	});
	private volatile @Nullable AgentService agent;
	private final AgentListener listener = new AgentListener() {
		@Override
		public void onEvent(AgentEvent event) {
			var following = agent;
			if (event instanceof TaskEnded && following != null) {
				thread.execute(() -> recordSession(following, event.session()));
			}
		}
	};

	public EpisodeRecorder(Database database, Consumer<List<AgentEvent>> record) {
		this.database = database;
		this.record = record;
	}

	public void follow(AgentService service) {
		agent = service;
		service.addListener(listener);
		thread.execute(() -> catchUp(service));
	}

	public void unfollow(AgentService service) {
		service.removeListener(listener);
		if (agent == service) {
			agent = null;
		}
	}

	private void recordSession(AgentService service, dev.piassistant.core.SessionId session) {
		try {
			record.accept(service.history(session));
		} catch (RuntimeException e) {
			LOG.log(System.Logger.Level.WARNING, "The episode of a task in session " + session + " could not be recorded", e);
		}
	}

	private void catchUp(AgentService service) {
		try {
			var since = database.read(sql -> sql.queryFirst("SELECT value FROM memory_state WHERE key = ?", row -> row.text("value"),
					CHECKED)).map(Instant::parse).orElse(Instant.EPOCH);
			var now = Instant.now();
			service.sessions().stream().filter(summary -> summary.lastActivity().isAfter(since)).limit(CATCH_UP_SESSIONS)
					.forEach(summary -> recordSession(service, summary.session()));
			database.write(sql -> sql.update("INSERT OR REPLACE INTO memory_state (key, value) VALUES (?, ?)", CHECKED, now.toString()));
		} catch (RuntimeException e) {
			LOG.log(System.Logger.Level.WARNING, "Episodes of earlier tasks could not be recorded", e);
		}
	}

	/** Waits a moment for episodes being recorded, so that a closing IDE keeps them. */
	@Override
	public void close() {
		var following = agent;
		if (following != null) {
			following.removeListener(listener);
		}
		thread.shutdown();
		try {
			thread.awaitTermination(5, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
