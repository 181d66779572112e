package dev.piassistant.tools.internal.secrets;

import java.util.LinkedHashSet;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import dev.piassistant.core.llm.ProviderException;
import dev.piassistant.core.llm.ProviderSettings;

/**
 * The secrets the tools' output must never carry: this process's secret variables and the API keys of the
 * configured providers, read again when the providers change.
 */
@Component(service = KnownSecrets.class)
public final class KnownSecrets {

	private static final System.Logger LOG = System.getLogger(KnownSecrets.class.getName());

	private final Set<String> environment = Secrets.secretValues(System.getenv());
	private volatile Set<String> keys = Set.of();
	private volatile ProviderSettings providers;
	private final Runnable reload = this::reload;
	private final Secrets secrets = new Secrets(this::values);

	@Activate
	void activate() {
		reload();
	}

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	void setProviders(ProviderSettings settings) {
		providers = settings;
		settings.addChangeListener(reload);
		reload();
	}

	void unsetProviders(ProviderSettings settings) {
		settings.removeChangeListener(reload);
		if (providers == settings) {
			providers = null;
			keys = Set.of();
		}
	}

	@Deactivate
	void deactivate() {
		var settings = providers;
		if (settings != null) {
			settings.removeChangeListener(reload);
		}
	}

	public Secrets secrets() {
		return secrets;
	}

	private Set<String> values() {
		var values = new LinkedHashSet<>(environment);
		values.addAll(keys);
		return values;
	}

	private void reload() {
		var settings = providers;
		if (settings == null) {
			return;
		}
		var loaded = new LinkedHashSet<String>();
		for (var provider : settings.providers()) {
			try {
				settings.apiKey(provider.id()).filter(key -> !key.isBlank()).ifPresent(loaded::add);
			} catch (ProviderException | RuntimeException e) {
				LOG.log(System.Logger.Level.DEBUG, "No API key of " + provider.name() + " to hide: " + e.getMessage());
			}
		}
		keys = Set.copyOf(loaded);
	}
}
