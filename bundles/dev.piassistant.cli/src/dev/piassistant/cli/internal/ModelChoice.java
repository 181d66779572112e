package dev.piassistant.cli.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.ProviderConfig;
import dev.piassistant.core.llm.ProviderSettings;

/**
 * Which model a task uses: {@code --model}, else the profile's {@code model}, else the default model the IDE
 * remembers, else the default model of the only provider. "PROVIDER/MODEL" names the provider by its name or
 * id (either case); the model is the rest and may contain slashes ("vllm/meta-llama/Llama-3.1-8B"). A model
 * without a provider goes to the default model's provider, or to the only one.
 */
final class ModelChoice {

	/** No model could be chosen; the message says what to configure. */
	static final class NotConfigured extends Exception {

		private static final long serialVersionUID = 1L;

		NotConfigured(String message) {
			super(message);
		}
	}

	private final ProviderSettings settings;

	ModelChoice(ProviderSettings settings) {
		this.settings = settings;
	}

	ModelRef choose(Optional<String> requested) throws NotConfigured {
		var providers = settings.providers();
		if (providers.isEmpty()) {
			throw new NotConfigured(NLS.bind(Messages.Model_noProvider, dev.piassistant.core.PiHome.directory().resolve("providers.json")));
		}
		if (requested.isPresent()) {
			return parse(requested.get().strip(), providers);
		}
		var remembered = settings.defaultModel().filter(model -> settings.provider(model.providerId()).isPresent());
		if (remembered.isPresent()) {
			return remembered.get();
		}
		var withDefault = providers.stream().filter(provider -> !provider.defaultModel().isEmpty()).toList();
		if (withDefault.size() == 1) {
			return new ModelRef(withDefault.get(0).id(), withDefault.get(0).defaultModel());
		}
		throw new NotConfigured(NLS.bind(Messages.Model_noneChosen, names(providers)));
	}

	private ModelRef parse(String text, List<ProviderConfig> providers) throws NotConfigured {
		var slash = text.indexOf('/');
		if (slash < 0) {
			// A model alone: the default provider's (or the only one's).
			var fallback = settings.defaultModel().flatMap(model -> settings.provider(model.providerId()))
					.or(() -> providers.size() == 1 ? Optional.of(providers.get(0)) : Optional.empty());
			if (fallback.isPresent()) {
				return new ModelRef(fallback.get().id(), text);
			}
			throw new NotConfigured(NLS.bind(Messages.Model_whichProvider, text, names(providers)));
		}
		var provider = find(text.substring(0, slash), providers);
		var model = text.substring(slash + 1).strip();
		if (provider.isEmpty() || model.isEmpty()) {
			// Strict on purpose: a misspelt provider must not turn into a model name sent to another provider.
			throw new NotConfigured(NLS.bind(Messages.Model_unknownProvider, text.substring(0, slash), names(providers)));
		}
		return new ModelRef(provider.get().id(), model);
	}

	private static Optional<ProviderConfig> find(String name, List<ProviderConfig> providers) {
		var wanted = name.strip().toLowerCase(Locale.ROOT);
		return providers.stream().filter(provider -> provider.id().toLowerCase(Locale.ROOT).equals(wanted)
				|| provider.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
	}

	/** How the terminal names a model: "Local Ollama/qwen2.5". */
	String display(ModelRef model) {
		return settings.provider(model.providerId()).map(ProviderConfig::name).orElse(model.providerId()) + "/" + model.model();
	}

	private static String names(List<ProviderConfig> providers) {
		return String.join(", ", providers.stream().map(provider -> provider.defaultModel().isEmpty() ? provider.name()
				: provider.name() + "/" + provider.defaultModel()).toList());
	}
}
