package dev.piassistant.testing;

import java.time.Duration;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Gets the real services, as Declarative Services registered them, for tests that run in OSGi. */
public final class OsgiServices {

	private OsgiServices() {
	}

	/** Waits for a service; fails the test with a clear message if it never comes. */
	public static <S> S await(Class<S> type, Duration timeout) {
		var context = FrameworkUtil.getBundle(OsgiServices.class).getBundleContext();
		var tracker = new ServiceTracker<S, S>(context, type, null);
		tracker.open();
		try {
			var service = tracker.waitForService(timeout.toMillis());
			if (service == null) {
				throw new AssertionError("No " + type.getName() + " service was registered within " + timeout.toSeconds()
						+ " s: is its bundle in the test runtime, and did its component activate?");
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted while waiting for " + type.getName(), e);
		} finally {
			tracker.close();
		}
	}
}
