package dev.piassistant.core.llm;

import java.util.List;
import java.util.Optional;

/**
 * The user's providers and their default model. Provider descriptions are kept in the preferences; API
 * keys only in Eclipse Secure Storage.
 */
public interface ProviderSettings {

	List<ProviderConfig> providers();

	Optional<ProviderConfig> provider(String id);

	/** Adds or replaces (by id) a provider. */
	void save(ProviderConfig provider);

	/** Removes a provider and its stored API key. */
	void remove(String id);

	/** Stores an API key in secure storage; an empty key removes it. */
	void setApiKey(String providerId, String apiKey) throws ProviderException;

	/** Reads an API key from secure storage. */
	Optional<String> apiKey(String providerId) throws ProviderException;

	/** The model the Agent view starts with: the last one used, else the first provider's default. */
	Optional<ModelRef> defaultModel();

	void setDefaultModel(ModelRef model);

	/** The models the agent routes between; {@link Routing#NONE} until the user sets some. */
	Routing routing();

	void setRouting(Routing routing);

	/** The price table, first matching rule first. */
	List<PriceRule> prices();

	void setPrices(List<PriceRule> rules);

	/** The price and context window of a model, from the first matching rule of the price table. */
	default ModelInfo modelInfo(ModelRef model) {
		return prices().stream().filter(rule -> rule.matches(model.model())).findFirst()
				.map(rule -> new ModelInfo(rule, rule.contextWindow() > 0 ? rule.contextWindow() : ModelInfo.DEFAULT_CONTEXT_WINDOW))
				.orElseGet(() -> ModelInfo.unknown(model.model()));
	}

	void addChangeListener(Runnable listener);

	void removeChangeListener(Runnable listener);
}
