package dev.piassistant.llm.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.PriceRule;
import dev.piassistant.core.llm.ProviderConfig;
import dev.piassistant.core.llm.ProviderKind;
import dev.piassistant.core.llm.Routing;

/**
 * The JSON shape of {@code providers.json}:
 * <pre>
 * { "providers": [ { "id", "name", "kind", "baseUrl", "defaultModel" } ],
 *   "defaultModel": { "providerId", "model" },
 *   "routing": { "small": {...}, "large": {...}, "fallback": {...} },
 *   "prices": [ { "model", "inputPerMillion", "outputPerMillion", "contextWindow" } ] }
 * </pre>
 * Every part but the providers may be missing.
 */
final class ProviderFileJson {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private ProviderFileJson() {
	}

	static ProviderFile.Contents parse(JsonNode root) {
		var providers = new ArrayList<ProviderConfig>();
		root.path("providers").forEach(node -> providers.add(new ProviderConfig(node.path("id").asText(),
				node.path("name").asText(), ProviderKind.valueOf(node.path("kind").asText()), node.path("baseUrl").asText(),
				node.path("defaultModel").asText(""))));
		var routing = root.path("routing");
		var route = new Routing(model(routing.path("small")).orElse(null), model(routing.path("large")).orElse(null),
				model(routing.path("fallback")).orElse(null));
		var prices = new ArrayList<PriceRule>();
		root.path("prices").forEach(node -> prices.add(new PriceRule(node.path("model").asText(),
				node.path("inputPerMillion").asDouble(0), node.path("outputPerMillion").asDouble(0),
				node.path("contextWindow").asInt(0))));
		return new ProviderFile.Contents(providers, model(root.path("defaultModel")), route, prices);
	}

	private static Optional<ModelRef> model(JsonNode node) {
		return node.isObject() ? Optional.of(new ModelRef(node.path("providerId").asText(), node.path("model").asText()))
				: Optional.empty();
	}

	static ObjectNode write(ProviderFile.Contents contents) {
		var root = NODES.objectNode();
		var providers = root.putArray("providers");
		contents.providers().forEach(provider -> providers.add(provider(provider)));
		contents.defaultModel().ifPresent(model -> root.set("defaultModel", model(model)));
		var routing = contents.routing();
		if (!routing.equals(Routing.NONE)) {
			var node = root.putObject("routing");
			put(node, "small", routing.small());
			put(node, "large", routing.large());
			put(node, "fallback", routing.fallback());
		}
		if (!contents.prices().isEmpty()) {
			var prices = root.putArray("prices");
			contents.prices().forEach(rule -> prices.addObject().put("model", rule.modelPattern())
					.put("inputPerMillion", rule.inputPerMillion()).put("outputPerMillion", rule.outputPerMillion())
					.put("contextWindow", rule.contextWindow()));
		}
		return root;
	}

	private static void put(ObjectNode node, String field, ModelRef model) {
		if (model != null) {
			node.set(field, model(model));
		}
	}

	private static ObjectNode model(ModelRef model) {
		return NODES.objectNode().put("providerId", model.providerId()).put("model", model.model());
	}

	private static ObjectNode provider(ProviderConfig provider) {
		return NODES.objectNode().put("id", provider.id()).put("name", provider.name()).put("kind", provider.kind().name())
				.put("baseUrl", provider.baseUrl()).put("defaultModel", provider.defaultModel());
	}
}
