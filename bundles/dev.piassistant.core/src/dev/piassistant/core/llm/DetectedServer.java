package dev.piassistant.core.llm;

import java.util.List;

/** A model server found running on this machine, not yet configured. */
public record DetectedServer(String product, ProviderKind kind, String baseUrl, List<String> models) {

	public DetectedServer {
		models = List.copyOf(models);
	}

	/** The provider this server becomes when the user accepts it. */
	public ProviderConfig toProvider(String id) {
		return new ProviderConfig(id, product, kind, baseUrl, models.isEmpty() ? "" : models.get(0));
	}
}
