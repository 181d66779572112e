package dev.piassistant.planning.internal.tools;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.Nullable;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import dev.piassistant.core.agent.AgentTools;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolProvider;
import dev.piassistant.core.tool.ToolRegistry;

/**
 * Collects the tools of every {@link ToolProvider} service as providers come and go. The first provider
 * (in the order they arrived) to offer a name wins; names of the agent's own tools are reserved.
 */
@Component(service = ToolRegistry.class)
public final class ToolRegistryComponent implements ToolRegistry {

	private static final System.Logger LOG = System.getLogger(ToolRegistryComponent.class.getName());

	private final List<ToolProvider> providers = new CopyOnWriteArrayList<>();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	/** The tools by name, collected once per change of providers: asked for at every model call. */
	private volatile @Nullable Map<String, Tool> collected;
	/** Likewise, without the relays' tools. */
	private volatile @Nullable Map<String, Tool> collectedOwn;

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	public void addProvider(ToolProvider provider) {
		providers.add(provider);
		changed();
	}

	public void removeProvider(ToolProvider provider) {
		providers.remove(provider);
		changed();
	}

	@Override
	public List<Tool> tools() {
		return List.copyOf(byName().values());
	}

	@Override
	public List<Tool> ownTools() {
		var current = collectedOwn;
		if (current == null) {
			current = collect(false);
			collectedOwn = current;
		}
		return List.copyOf(current.values());
	}

	private Map<String, Tool> byName() {
		var current = collected;
		if (current == null) {
			current = collect(true);
			collected = current;
		}
		return current;
	}

	private Map<String, Tool> collect(boolean withRelays) {
		var byName = new LinkedHashMap<String, Tool>();
		for (var provider : providers) {
			if (!withRelays && provider.relaysOtherServers()) {
				continue;
			}
			for (var tool : toolsOf(provider)) {
				if (AgentTools.isOwn(tool.name())) {
					LOG.log(System.Logger.Level.WARNING, "Ignoring tool '" + tool.name() + "' of " + provider.getClass().getName()
							+ ": the name is reserved for the agent's planning");
				} else {
					byName.putIfAbsent(tool.name(), tool);
				}
			}
		}
		return Collections.unmodifiableMap(byName);
	}

	private static List<Tool> toolsOf(ToolProvider provider) {
		try {
			return provider.tools();
		} catch (RuntimeException e) {
			// One broken provider must not take every tool away.
			LOG.log(System.Logger.Level.ERROR, "The tool provider " + provider.getClass().getName() + " failed", e);
			return List.of();
		}
	}

	@Override
	public Optional<Tool> find(String name) {
		return Optional.ofNullable(byName().get(name));
	}

	@Override
	public void addChangeListener(Runnable listener) {
		listeners.add(listener);
	}

	@Override
	public void removeChangeListener(Runnable listener) {
		listeners.remove(listener);
	}

	private void changed() {
		collected = null;
		collectedOwn = null;
		listeners.forEach(Runnable::run);
	}
}
