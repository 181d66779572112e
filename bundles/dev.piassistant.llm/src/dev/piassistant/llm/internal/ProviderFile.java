package dev.piassistant.llm.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.PriceRule;
import dev.piassistant.core.llm.ProviderConfig;
import dev.piassistant.core.llm.Routing;

/**
 * The providers file ({@code providers.json} in the Pi Assistant home): provider descriptions, the default
 * model, the routing and the price table, never keys. Written atomically; a file that cannot be read is kept
 * aside, not lost. Files written before routing and prices existed read as having none.
 */
final class ProviderFile {

	private static final System.Logger LOG = System.getLogger(ProviderFile.class.getName());
	private static final ObjectMapper JSON = new ObjectMapper();

	record Contents(List<ProviderConfig> providers, Optional<ModelRef> defaultModel, Routing routing, List<PriceRule> prices) {
		static final Contents EMPTY = new Contents(List.of(), Optional.empty(), Routing.NONE, List.of());

		Contents {
			providers = List.copyOf(providers);
			prices = List.copyOf(prices);
		}

		Contents withProviders(List<ProviderConfig> changed) {
			return new Contents(changed, defaultModel, routing, prices);
		}

		Contents withDefaultModel(Optional<ModelRef> changed) {
			return new Contents(providers, changed, routing, prices);
		}

		Contents withRouting(Routing changed) {
			return new Contents(providers, defaultModel, changed, prices);
		}

		Contents withPrices(List<PriceRule> changed) {
			return new Contents(providers, defaultModel, routing, changed);
		}
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
			return ProviderFileJson.parse(JSON.readTree(file.toFile()));
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

	void save(Contents contents) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		var temporary = file.resolveSibling(file.getFileName() + ".tmp");
		JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), ProviderFileJson.write(contents));
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}
}
