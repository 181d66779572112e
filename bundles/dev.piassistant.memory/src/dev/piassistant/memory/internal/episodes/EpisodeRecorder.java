package dev.piassistant.memory.internal.episodes;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.agent.AgentListener;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.EventLog;
import dev.piassistant.core.event.TaskEnded;
import dev.piassistant.core.store.Database;

/**
 * Records episodes as the agent reports ended tasks: the session's events are read from the log and its episode
 * recorded, on a thread of its own (never the agent's). On start it catches up with sessions active since it last
 * looked, so that tasks that ended while it was not there (a crash, another process) get their episodes too.
 */
public final class EpisodeRecorder implements AgentListener, AutoCloseable {

	private static final System.Logger LOG = System.getLogger(EpisodeRecorder.class.getName());
	/** Sessions looked at when catching up, the most recent first. */
	static final int CATCH_UP_SESSIONS = 50;
	private static final String CHECKED = "episodesCheckedAt";

	private final Database database;
	private final EventLog log;
	private final Consumer<List<AgentEvent>> record;
	private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
		var daemon = new Thread(runnable, "Pi Assistant memory: episodes");
		daemon.setDaemon(true);
		return daemon;
	});

	public EpisodeRecorder(Database database, EventLog log, Consumer<List<AgentEvent>> record) {
		this.database = database;
		this.log = log;
		this.record = record;
		thread.execute(this::catchUp);
	}

	@Override
	public void onEvent(AgentEvent event) {
		if (event instanceof TaskEnded) {
			thread.execute(() -> recordSession(event.session()));
		}
	}

	private void recordSession(SessionId session) {
		try {
			record.accept(log.read(session));
		} catch (RuntimeException e) {
			LOG.log(System.Logger.Level.WARNING, "The episode of a task in session " + session + " could not be recorded", e);
		}
	}

	private void catchUp() {
		try {
			var since = database.read(sql -> sql.queryFirst("SELECT value FROM memory_state WHERE key = ?", row -> row.text("value"),
					CHECKED)).map(Instant::parse).orElse(Instant.EPOCH);
			var now = Instant.now();
			log.sessions().stream().filter(summary -> summary.lastActivity().isAfter(since)).limit(CATCH_UP_SESSIONS)
					.forEach(summary -> recordSession(summary.session()));
			database.write(sql -> sql.update("INSERT OR REPLACE INTO memory_state (key, value) VALUES (?, ?)", CHECKED, now.toString()));
		} catch (RuntimeException e) {
			LOG.log(System.Logger.Level.WARNING, "Episodes of earlier tasks could not be recorded", e);
		}
	}

	/** Waits a moment for episodes being recorded, so that a closing IDE keeps them. */
	@Override
	public void close() {
		thread.shutdown();
		try {
			thread.awaitTermination(5, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
