package dev.piassistant.ui;

import java.util.Optional;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Reaches Pi Assistant's services (core interfaces only) from UI code, which is created by the workbench
 * rather than by Declarative Services.
 */
public final class Services {

	private Services() {
	}

	/** The service, if it is registered now. */
	public static <S> Optional<S> get(Class<S> type) {
		var bundle = FrameworkUtil.getBundle(Services.class);
		var context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			return Optional.empty();
		}
		var reference = context.getServiceReference(type);
		return reference == null ? Optional.empty() : Optional.ofNullable(context.getService(reference));
	}

	/** Waits up to {@code millis} for the service: services may still be starting when a view opens. */
	public static <S> Optional<S> await(Class<S> type, long millis) throws InterruptedException {
		var context = FrameworkUtil.getBundle(Services.class).getBundleContext();
		var tracker = new ServiceTracker<S, S>(context, type, null);
		tracker.open();
		try {
			return Optional.ofNullable(tracker.waitForService(millis));
		} finally {
			tracker.close();
		}
	}
}
