package dev.piassistant.cli.e2e.tools;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.piassistant.core.llm.ProviderException;
import dev.piassistant.core.llm.ProviderSettings;

/**
 * {@code -application dev.piassistant.cli.e2e.tools.storekey PROVIDER-ID KEY}: saves an API key through the
 * same provider settings service the Pi IDE's Providers page uses, into whatever secure storage Equinox opens
 * (-eclipse.keyring, -eclipse.password). Exit code 0 when saved.
 */
public final class StoreKeyApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		var arguments = words((String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS));
		if (arguments.size() != 2) {
			System.err.println("usage: storekey PROVIDER-ID KEY, not " + arguments);
			return 2;
		}
		var bundle = FrameworkUtil.getBundle(getClass()).getBundleContext();
		var tracker = new ServiceTracker<ProviderSettings, ProviderSettings>(bundle, ProviderSettings.class, null);
		tracker.open();
		var settings = tracker.waitForService(30_000);
		if (settings == null) {
			System.err.println("no ProviderSettings service");
			return 1;
		}
		try {
			settings.setApiKey(arguments.get(0), arguments.get(1));
			System.out.println("stored");
			return 0;
		} catch (ProviderException e) {
			System.err.println("not stored: " + e.error() + (e.getCause() == null ? "" : " caused by " + e.getCause()));
			return 1;
		} finally {
			tracker.close();
		}
	}

	/** The arguments without Equinox's own secure storage options. */
	private static List<String> words(String[] arguments) {
		var words = new ArrayList<String>();
		for (int i = 0; arguments != null && i < arguments.length; i++) {
			if (arguments[i].startsWith("-eclipse.")) {
				i++;
			} else {
				words.add(arguments[i]);
			}
		}
		return words;
	}

	@Override
	public void stop() {
	}
}
