package dev.piassistant.memory.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import dev.piassistant.core.agent.AgentService;
import dev.piassistant.core.memory.MemoryService;
import dev.piassistant.core.store.Database;
import dev.piassistant.memory.internal.episodes.EpisodeRecorder;

/**
 * Records episodes while an agent runs. A component of its own: the agent uses the memory (its tools, its
 * context), so the memory itself must not wait for the agent.
 */
@Component(immediate = true)
public final class EpisodeComponent {

	private final EpisodeRecorder recorder;

	@Activate
	public EpisodeComponent(@Reference MemoryService memory, @Reference Database database) {
		var component = (MemoryComponent) memory;
		this.recorder = new EpisodeRecorder(database, component::recordEpisodes);
	}

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
	void setAgent(AgentService agent) {
		recorder.follow(agent);
	}

	void unsetAgent(AgentService agent) {
		recorder.unfollow(agent);
	}

	@Deactivate
	void deactivate() {
		recorder.close();
	}
}
