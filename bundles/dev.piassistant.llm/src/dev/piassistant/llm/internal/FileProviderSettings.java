package dev.piassistant.llm.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.osgi.service.component.annotations.Component;

import dev.piassistant.core.PiHome;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.PriceRule;
import dev.piassistant.core.llm.ProviderConfig;
import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.llm.ProviderException;
import dev.piassistant.core.llm.ProviderSettings;
import dev.piassistant.core.llm.Routing;

/**
 * Providers are user-wide, like the user's keys: the same servers serve every workspace. Descriptions, the
 * default model, the routing and the price table go to {@code providers.json} in the Pi Assistant home, keys
 * to Eclipse Secure Storage. Every change is saved at once and then announced to the change listeners.
 */
@Component(service = ProviderSettings.class)
public final class FileProviderSettings implements ProviderSettings {

	private static final System.Logger LOG = System.getLogger(FileProviderSettings.class.getName());

	private final ProviderFile file;
	private final SecureKeyStore keys;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private ProviderFile.Contents contents;

	public FileProviderSettings() {
		this(PiHome.directory().resolve("providers.json"), SecurePreferencesFactory::getDefault);
	}

	public FileProviderSettings(Path file, Supplier<ISecurePreferences> secureStorage) {
		this.file = new ProviderFile(file);
		this.keys = new SecureKeyStore(secureStorage);
		this.contents = this.file.load();
	}

	@Override
	public synchronized List<ProviderConfig> providers() {
		return contents.providers();
	}

	@Override
	public synchronized Optional<ProviderConfig> provider(String id) {
		return contents.providers().stream().filter(provider -> provider.id().equals(id)).findFirst();
	}

	@Override
	public void save(ProviderConfig provider) {
		update(current -> {
			var providers = new ArrayList<>(current.providers());
			providers.removeIf(existing -> existing.id().equals(provider.id()));
			providers.add(indexOf(current, provider.id()), provider);
			return current.withProviders(providers);
		});
	}

	private static int indexOf(ProviderFile.Contents contents, String id) {
		var ids = contents.providers().stream().map(ProviderConfig::id).toList();
		return ids.contains(id) ? ids.indexOf(id) : ids.size();
	}

	@Override
	public void remove(String id) {
		update(current -> current.withProviders(current.providers().stream().filter(provider -> !provider.id().equals(id)).toList())
				.withDefaultModel(current.defaultModel().filter(model -> !model.providerId().equals(id)))
				.withRouting(withoutProvider(current.routing(), id)));
		try {
			keys.put(id, "");
		} catch (ProviderException e) {
			LOG.log(System.Logger.Level.WARNING, "Could not remove the key of provider " + id + ": " + e.getMessage());
		}
	}

	/** A removed provider's models are no longer routed to; the task's own model takes their place. */
	private static Routing withoutProvider(Routing routing, String id) {
		return new Routing(unless(routing.small(), id), unless(routing.large(), id), unless(routing.fallback(), id));
	}

	private static ModelRef unless(ModelRef model, String providerId) {
		return model == null || model.providerId().equals(providerId) ? null : model;
	}

	@Override
	public void setApiKey(String providerId, String apiKey) throws ProviderException {
		try {
			keys.put(providerId, apiKey == null ? "" : apiKey.strip());
		} catch (ProviderException e) {
			throw named(e, providerId);
		}
		fireChanged();
	}

	@Override
	public Optional<String> apiKey(String providerId) throws ProviderException {
		try {
			return keys.get(providerId);
		} catch (ProviderException e) {
			throw named(e, providerId);
		}
	}

	/** The key store knows providers by id; the user knows them by name. */
	private ProviderException named(ProviderException e, String providerId) {
		var name = provider(providerId).map(ProviderConfig::name).orElse(providerId);
		return new ProviderException(new ProviderError.NotConfigured(ProviderError.Missing.SECURE_STORAGE, name), e.getCause());
	}

	@Override
	public synchronized Optional<ModelRef> defaultModel() {
		var chosen = contents.defaultModel().filter(model -> provider(model.providerId()).isPresent());
		if (chosen.isPresent()) {
			return chosen;
		}
		return contents.providers().stream().filter(provider -> !provider.defaultModel().isEmpty()).findFirst()
				.map(provider -> new ModelRef(provider.id(), provider.defaultModel()));
	}

	@Override
	public void setDefaultModel(ModelRef model) {
		update(current -> current.withDefaultModel(Optional.of(model)));
	}

	@Override
	public synchronized Routing routing() {
		return contents.routing();
	}

	@Override
	public void setRouting(Routing routing) {
		update(current -> current.withRouting(routing == null ? Routing.NONE : routing));
	}

	@Override
	public synchronized List<PriceRule> prices() {
		return contents.prices();
	}

	@Override
	public void setPrices(List<PriceRule> rules) {
		update(current -> current.withPrices(rules == null ? List.of() : rules));
	}

	private void update(java.util.function.UnaryOperator<ProviderFile.Contents> change) {
		synchronized (this) {
			var changed = change.apply(contents);
			try {
				file.save(changed);
			} catch (IOException e) {
				throw new UncheckedIOException("cannot save " + file.path(), e);
			}
			contents = changed;
		}
		fireChanged();
	}

	private void fireChanged() {
		listeners.forEach(Runnable::run);
	}

	@Override
	public void addChangeListener(Runnable listener) {
		listeners.add(listener);
	}

	@Override
	public void removeChangeListener(Runnable listener) {
		listeners.remove(listener);
	}
}
