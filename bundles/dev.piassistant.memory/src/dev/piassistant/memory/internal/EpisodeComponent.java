package dev.piassistant.memory.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import dev.piassistant.core.agent.AgentListener;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.EventLog;
import dev.piassistant.core.memory.MemoryService;
import dev.piassistant.core.store.Database;
import dev.piassistant.memory.internal.episodes.EpisodeRecorder;

/**
 * Records episodes while the agent runs: an {@link AgentListener} service the agent takes up when it starts. So
 * nothing here opens the database before the agent does (the command line sets the workspace first), and the
 * memory, which the agent uses, never waits for the agent.
 */
@Component(service = AgentListener.class)
public final class EpisodeComponent implements AgentListener {

	private final EpisodeRecorder recorder;

	@Activate
	public EpisodeComponent(@Reference MemoryService memory, @Reference Database database, @Reference EventLog log) {
		var component = (MemoryComponent) memory;
		this.recorder = new EpisodeRecorder(database, log, component::recordEpisodes);
	}

	@Override
	public void onEvent(AgentEvent event) {
		recorder.onEvent(event);
	}

	@Deactivate
	void deactivate() {
		recorder.close();
	}
}
