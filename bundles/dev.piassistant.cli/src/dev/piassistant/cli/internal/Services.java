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

	private static final long POLL_MILLIS = 100;

	/** A service did not come; the message says why and where to look. */
	static final class Missing extends Exception {

		private static final long serialVersionUID = 1L;

		Missing(String message) {
			super(message);
		}
	}

	static Services await(BundleContext context, Workspace workspace) throws Missing, InterruptedException {
		var components = new Components(context);
		return new Services(await(context, AgentService.class, workspace, components),
				await(context, ProviderSettings.class, workspace, components));
	}

	/** One service, for commands that need no agent. */
	static <T> T one(BundleContext context, Class<T> type, Workspace workspace) throws Missing, InterruptedException {
		return await(context, type, workspace, new Components(context));
	}

	private static <T> T await(BundleContext context, Class<T> type, Workspace workspace, Components components)
			throws Missing, InterruptedException {
		var tracker = new ServiceTracker<T, T>(context, type, null);
		tracker.open();
		var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		var log = workspace.directory().resolve(".metadata/.log");
		while (true) {
			var service = tracker.waitForService(POLL_MILLIS);
			if (service != null) {
				// The tracker stays open: closing it would let Declarative Services deactivate a service still in use.
				return service;
			}
			var hopeless = components.hopeless(type.getName());
			if (hopeless.isPresent()) {
				tracker.close();
				throw new Missing(NLS.bind(Messages.Services_broken, hopeless.get(), log));
			}
			if (System.nanoTime() > deadline) {
				tracker.close();
				throw new Missing(NLS.bind(Messages.Services_missing, new Object[] { type.getSimpleName(), TIMEOUT_SECONDS,
						components.waitingFor(type.getName()), log }));
			}
		}
	}
}
