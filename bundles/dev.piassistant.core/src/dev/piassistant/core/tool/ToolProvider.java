package dev.piassistant.core.tool;

import java.util.List;

/**
 * Contributes tools. Register implementations as OSGi services; the {@link ToolRegistry} picks them up as
 * they come and drops their tools when they go.
 */
public interface ToolProvider {

	/** The tools on offer now; asked again whenever the registry's listeners are told of a change. */
	List<Tool> tools();
}
