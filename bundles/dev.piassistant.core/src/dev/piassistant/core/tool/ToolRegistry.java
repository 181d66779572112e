package dev.piassistant.core.tool;

import java.util.List;
import java.util.Optional;

/** Every tool of every registered {@link ToolProvider}, by name. The first provider to offer a name wins. */
public interface ToolRegistry {

	List<Tool> tools();

	Optional<Tool> find(String name);

	/** Called when providers come or go. */
	void addChangeListener(Runnable listener);

	void removeChangeListener(Runnable listener);
}
