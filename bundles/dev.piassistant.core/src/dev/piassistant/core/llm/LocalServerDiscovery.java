package dev.piassistant.core.llm;

import java.util.List;

/** Finds OpenAI-compatible and Ollama servers on the usual localhost ports. */
public interface LocalServerDiscovery {

	/** Probes the well-known ports. Blocks for up to a second or two: call it from a job. */
	List<DetectedServer> detect();
}
