package dev.piassistant.llm.internal;

import java.io.IOException;
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
import dev.piassistant.core.llm.ProviderConfig;
import dev.piassistant.core.llm.ProviderException;
import dev.piassistant.core.llm.ProviderSettings;

/**
 * Providers are user-wide, like the user's keys: the same servers serve every workspace. Descriptions go
 * to {@code providers.json} in the Pi Assistant home, keys to Eclipse Secure Storage.
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
			return new ProviderFile.Contents(providers, current.defaultModel());
		});
	}

	private static int indexOf(ProviderFile.Contents contents, String id) {
		var ids = contents.providers().stream().map(ProviderConfig::id).toList();
		return ids.contains(id) ? ids.indexOf(id) : ids.size();
	}

	@Override
	public void remove(String id) {
		update(current -> new ProviderFile.Contents(
				current.providers().stream().filter(provider -> !provider.id().equals(id)).toList(),
				current.defaultModel().filter(model -> !model.providerId().equals(id))));
		try {
			keys.put(id, "");
		} catch (ProviderException e) {
			LOG.log(System.Logger.Level.WARNING, "Could not remove the key of provider " + id + ": " + e.getMessage());
		}
	}

	@Override
	public void setApiKey(String providerId, String apiKey) throws ProviderException {
		keys.put(providerId, apiKey == null ? "" : apiKey.strip());
		fireChanged();
	}

	@Override
	public Optional<String> apiKey(String providerId) throws ProviderException {
		return keys.get(providerId);
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
		update(current -> new ProviderFile.Contents(current.providers(), Optional.of(model)));
	}

	private void update(java.util.function.UnaryOperator<ProviderFile.Contents> change) {
		synchronized (this) {
			var changed = change.apply(contents);
			try {
				file.save(changed);
			} catch (IOException e) {
				throw new IllegalStateException("Could not save the providers to " + file.path() + ": " + e.getMessage(), e);
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
