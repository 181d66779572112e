package dev.piassistant.core.tool;

import java.util.List;
import java.util.Optional;

/** Every tool of every registered {@link ToolProvider}, by name. The first provider to offer a name wins. */
public interface ToolRegistry {

	List<Tool> tools();

	/**
	 * Pi's own tools: those of every provider that does not relay other servers' (see
	 * {@link ToolProvider#relaysOtherServers()}), collected without asking the relays, so that listing them starts
	 * no server.
	 */
	List<Tool> ownTools();

	Optional<Tool> find(String name);

	/** Called when providers come or go. */
	void addChangeListener(Runnable listener);

	void removeChangeListener(Runnable listener);
}
