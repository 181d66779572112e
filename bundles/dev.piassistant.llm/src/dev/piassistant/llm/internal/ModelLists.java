package dev.piassistant.llm.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.piassistant.core.llm.ProviderKind;

/** Where each protocol lists its models, and how to read the answer. */
final class ModelLists {

	private static final ObjectMapper JSON = new ObjectMapper();

	private ModelLists() {
	}

	static String path(ProviderKind kind) {
		return kind == ProviderKind.OLLAMA ? "/api/tags" : "/models";
	}

	/** The model ids in a listing; fails on anything that is not a listing of this protocol. */
	static List<String> parse(ProviderKind kind, String body) throws IOException {
		var json = JSON.readTree(body);
		var items = kind == ProviderKind.OLLAMA ? json.path("models") : json.path("data");
		if (!items.isArray()) {
			throw new IOException("the answer is not a list of models");
		}
		var field = kind == ProviderKind.OLLAMA ? "name" : "id";
		var models = new ArrayList<String>();
		items.forEach(item -> {
			var id = item.path(field).asText("");
			if (!id.isBlank()) {
				models.add(id);
			}
		});
		return models;
	}
}
