package dev.piassistant.tools.tests;

import java.time.Duration;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A service as Declarative Services registered it, held for as long as the tests need it: a delayed component
 * whose last user lets go is deactivated, so the tracker stays open.
 */
final class Held {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private Held() {
	}

	static <S> S service(Class<S> type) {
		var context = FrameworkUtil.getBundle(Held.class).getBundleContext();
		var tracker = new ServiceTracker<S, S>(context, type, null);
		tracker.open();
		try {
			var service = tracker.waitForService(WAIT.toMillis());
			if (service == null) {
				throw new AssertionError("No " + type.getName() + " service within " + WAIT.toSeconds() + " s");
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}
}
