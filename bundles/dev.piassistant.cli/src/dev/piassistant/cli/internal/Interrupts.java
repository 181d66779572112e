package dev.piassistant.cli.internal;

import java.lang.reflect.Proxy;

/**
 * Ctrl+C as a signal the task loop handles (cancel the task, then exit with its own code) instead of the
 * JVM's default, which would kill Pi Assistant mid-write. Uses the JDK's sun.misc.Signal, reached through
 * the system class loader since OSGi bundles do not see it; where it is missing, Ctrl+C ends the JVM as
 * usual and the task is left interrupted, for {@code pi resume}.
 */
final class Interrupts {

	private static final System.Logger LOG = System.getLogger(Interrupts.class.getName());

	private Interrupts() {
	}

	/** Calls {@code handler} on each Ctrl+C; false when the JDK offers no way to catch it. */
	static boolean onInterrupt(Runnable handler) {
		try {
			var loader = ClassLoader.getSystemClassLoader();
			var signalType = loader.loadClass("sun.misc.Signal");
			var handlerType = loader.loadClass("sun.misc.SignalHandler");
			var signal = signalType.getConstructor(String.class).newInstance("INT");
			var proxy = Proxy.newProxyInstance(loader, new Class<?>[] { handlerType }, (self, method, arguments) -> {
				if (method.getName().equals("handle")) {
					handler.run();
					return null;
				}
				return method.getName().equals("hashCode") ? System.identityHashCode(self)
						: method.getName().equals("equals") ? self == arguments[0] : "pi interrupt handler";
			});
			signalType.getMethod("handle", signalType, handlerType).invoke(null, signal, proxy);
			return true;
		} catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
			LOG.log(System.Logger.Level.DEBUG, "Ctrl+C cannot be caught on this JDK", e);
			return false;
		}
	}
}
