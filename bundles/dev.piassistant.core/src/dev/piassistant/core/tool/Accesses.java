package dev.piassistant.core.tool;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a tool's calls do, worked out from their arguments (already valid against the tool's schema), for the
 * permission policy and for checkpoints: a call that writes files is checkpointed before it runs.
 */
@FunctionalInterface
public interface Accesses {

	/** A tool that says nothing: its risk class alone decides. */
	Accesses NONE = arguments -> List.of();

	List<Access> of(JsonNode arguments);
}
