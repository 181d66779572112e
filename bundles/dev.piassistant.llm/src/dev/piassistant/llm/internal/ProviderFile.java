package dev.piassistant.llm.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.ProviderConfig;
import dev.piassistant.core.llm.ProviderKind;

/**
 * The providers file ({@code providers.json} in the Pi Assistant home): provider descriptions and the
 * default model, never keys. Written atomically; a file that cannot be read is kept aside, not lost.
 */
final class ProviderFile {

	private static final System.Logger LOG = System.getLogger(ProviderFile.class.getName());
	private static final ObjectMapper JSON = new ObjectMapper();

	record Contents(List<ProviderConfig> providers, Optional<ModelRef> defaultModel) {
		static final Contents EMPTY = new Contents(List.of(), Optional.empty());
	}

	private final Path file;

	ProviderFile(Path file) {
		this.file = file;
	}

	Path path() {
		return file;
	}

	Contents load() {
		if (!Files.exists(file)) {
			return Contents.EMPTY;
		}
		try {
			return parse(JSON.readTree(file.toFile()));
		} catch (IOException | RuntimeException e) {
			var aside = file.resolveSibling(file.getFileName() + ".unreadable");
			LOG.log(System.Logger.Level.WARNING, "Could not read " + file + " (" + e.getMessage() + "); it was moved to " + aside);
			moveAside(aside);
			return Contents.EMPTY;
		}
	}

	private void moveAside(Path aside) {
		try {
			Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			LOG.log(System.Logger.Level.WARNING, "Could not move " + file + " aside: " + e.getMessage());
		}
	}

	private static Contents parse(JsonNode root) {
		var providers = new ArrayList<ProviderConfig>();
		root.path("providers").forEach(node -> providers.add(new ProviderConfig(node.path("id").asText(),
				node.path("name").asText(), ProviderKind.valueOf(node.path("kind").asText()), node.path("baseUrl").asText(),
				node.path("defaultModel").asText(""))));
		var model = root.path("defaultModel");
		var defaultModel = model.isObject() ? Optional.of(new ModelRef(model.path("providerId").asText(), model.path("model").asText()))
				: Optional.<ModelRef>empty();
		return new Contents(List.copyOf(providers), defaultModel);
	}

	void save(Contents contents) throws IOException {
		var root = JSON.createObjectNode();
		var providers = root.putArray("providers");
		contents.providers().forEach(provider -> providers.add(toJson(provider)));
		contents.defaultModel().ifPresent(model -> root.putObject("defaultModel").put("providerId", model.providerId())
				.put("model", model.model()));
		Files.createDirectories(file.toAbsolutePath().getParent());
		var temporary = file.resolveSibling(file.getFileName() + ".tmp");
		JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), root);
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static ObjectNode toJson(ProviderConfig provider) {
		return JSON.createObjectNode().put("id", provider.id()).put("name", provider.name()).put("kind", provider.kind().name())
				.put("baseUrl", provider.baseUrl()).put("defaultModel", provider.defaultModel());
	}
}
