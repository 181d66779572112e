package dev.piassistant.store.internal;

import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.piassistant.core.llm.ProviderError;

/**
 * Brings payloads written by earlier releases up to today's records where the records' own defaults would
 * lose something. The first release kept a {@code NotConfigured} provider error as a sentence
 * ({@code detail}); today's names what is missing. The sentences it could write are known, so each is
 * mapped back to what it said; anything else reads as a missing provider.
 */
final class LegacyPayloads {

	private static final String NOT_CONFIGURED = ProviderError.NotConfigured.class.getSimpleName();
	private static final Pattern PROVIDER_REMOVED = Pattern.compile("The provider of model '(.*)' is no longer configured\\.?");
	private static final Pattern NO_API_KEY = Pattern.compile("No API key is stored for (.*?)\\.?");
	private static final String SECURE_STORAGE = "Eclipse Secure Storage could not";

	private LegacyPayloads() {
	}

	/** A cheap test on the text, so that only the rare old payloads are parsed twice. */
	static boolean mayNeedUpgrade(String payload) {
		return payload.contains('"' + NOT_CONFIGURED + '"') && payload.contains("\"detail\"");
	}

	static void upgrade(JsonNode node) {
		if (node instanceof ObjectNode object && isOldNotConfigured(object)) {
			upgradeNotConfigured(object);
		}
		node.forEach(LegacyPayloads::upgrade);
	}

	private static boolean isOldNotConfigured(ObjectNode object) {
		return NOT_CONFIGURED.equals(object.path("kind").asText()) && object.has("detail") && !object.has("missing");
	}

	private static void upgradeNotConfigured(ObjectNode error) {
		var detail = error.path("detail").asText();
		var missing = ProviderError.Missing.PROVIDER;
		var name = "";
		var removed = PROVIDER_REMOVED.matcher(detail);
		var noKey = NO_API_KEY.matcher(detail);
		if (removed.matches()) {
			missing = ProviderError.Missing.PROVIDER_REMOVED;
			name = removed.group(1);
		} else if (noKey.matches()) {
			missing = ProviderError.Missing.API_KEY;
			name = noKey.group(1);
		} else if (detail.startsWith(SECURE_STORAGE)) {
			missing = ProviderError.Missing.SECURE_STORAGE;
		}
		error.put("missing", missing.name());
		error.put("name", name);
	}
}
