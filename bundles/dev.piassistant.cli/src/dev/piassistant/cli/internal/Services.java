package dev.piassistant.cli.internal;

import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

import dev.piassistant.core.agent.AgentService;
import dev.piassistant.core.llm.ProviderSettings;

/** The agent and the provider settings, as Declarative Services offers them once the workspace is set. */
record Services(AgentService agent, ProviderSettings providers) {

	/** How long the services may take to come up: the store opens (and may migrate) the database first. */
	static final long TIMEOUT_SECONDS = 30;

	/** A service did not come; the message names it and where to look. */
	static final class Missing extends Exception {

		private static final long serialVersionUID = 1L;

		Missing(String message) {
			super(message);
		}
	}

	static Services await(BundleContext context, Workspace workspace) throws Missing, InterruptedException {
		return new Services(await(context, AgentService.class, workspace), await(context, ProviderSettings.class, workspace));
	}

	private static <T> T await(BundleContext context, Class<T> type, Workspace workspace) throws Missing, InterruptedException {
		var tracker = new ServiceTracker<T, T>(context, type, null);
		tracker.open();
		var service = tracker.waitForService(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
		if (service == null) {
			tracker.close();
			throw new Missing(NLS.bind(Messages.Services_missing, new Object[] { type.getSimpleName(), TIMEOUT_SECONDS,
					workspace.directory().resolve(".metadata/.log") }));
		}
		// The tracker stays open: closing it would let Declarative Services deactivate a service still in use.
		return service;
	}
}
