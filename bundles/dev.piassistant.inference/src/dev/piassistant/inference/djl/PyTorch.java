package dev.piassistant.inference.djl;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jdt.annotation.Nullable;

import ai.djl.engine.Engine;
import ai.djl.pytorch.engine.PtEngine;
import dev.piassistant.core.inference.EngineStatus;

/**
 * Starts DJL's PyTorch engine once per JVM. DJL finds its engine through the service loader and its native
 * libraries as class-path resources, both through the thread's context class loader: here that is the engine
 * bundle's loader, to which the JNI and libtorch fragments attach. Nothing is ever downloaded
 * ({@code ai.djl.offline}); libtorch is unpacked once into DJL's cache in the Eclipse configuration area,
 * which is per installation (like Equinox's own unpacked natives), not per workspace.
 */
public final class PyTorch {

	public static final String ENGINE = "PyTorch";
	/** Marks the libtorch fragment; without it (and without PYTORCH_LIBRARY_PATH) there is no engine. */
	private static final String NATIVES = "native/lib/pytorch.properties";

	private static volatile @Nullable EngineStatus status;

	private PyTorch() {
	}

	/** Starts the engine if it has not been started; the first start unpacks libtorch (a few seconds). */
	public static EngineStatus start() {
		var known = status;
		if (known != null) {
			return known;
		}
		synchronized (PyTorch.class) {
			if (status == null) {
				status = tryStart();
			}
			return status;
		}
	}

	/** The engine, started. */
	public static Engine engine() {
		if (!start().isReady()) {
			throw new IllegalStateException("The PyTorch engine is not available: " + start());
		}
		return withEngineLoader(() -> Engine.getEngine(ENGINE));
	}

	/** Runs DJL calls that look up classes or resources by the context class loader. */
	public static <T> T withEngineLoader(Supplier<T> work) {
		var thread = Thread.currentThread();
		var previous = thread.getContextClassLoader();
		thread.setContextClassLoader(PtEngine.class.getClassLoader());
		try {
			return work.get();
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	private static EngineStatus tryStart() {
		if (!installed()) {
			return new EngineStatus.NotInstalled();
		}
		configure();
		try {
			return withEngineLoader(() -> {
				var engine = Engine.getEngine(ENGINE);
				return new EngineStatus.Ready(engine.getEngineName(), engine.getVersion(), engine.getGpuCount());
			});
		} catch (RuntimeException | LinkageError e) {
			return new EngineStatus.Failed(e.getMessage() == null ? e.getClass().getName() : e.getMessage());
		}
	}

	private static boolean installed() {
		return PtEngine.class.getClassLoader().getResource(NATIVES) != null || System.getenv("PYTORCH_LIBRARY_PATH") != null;
	}

	private static void configure() {
		setIfAbsent("ai.djl.offline", "true");
		setIfAbsent("ai.djl.pytorch.num_threads", Integer.toString(threads(Runtime.getRuntime().availableProcessors())));
		setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
		// DJL reads the cache folder from a system property or an environment variable of this name.
		if (System.getenv("DJL_CACHE_DIR") == null && System.getProperty("DJL_CACHE_DIR") == null) {
			System.setProperty("DJL_CACHE_DIR", cacheDirectory().toString());
		}
	}

	/**
	 * Half the cores, at most four: the networks trained here are small, more threads than that only wait
	 * for each other, and the IDE needs the rest (measured: one thread on a busy two-core machine trains a
	 * small MLP eight times faster than two spinning ones).
	 */
	static int threads(int cores) {
		return Math.max(1, Math.min(4, cores / 2));
	}

	private static void setIfAbsent(String key, String value) {
		if (System.getProperty(key) == null) {
			System.setProperty(key, value);
		}
	}

	/** {@code <configuration area>/dev.piassistant.inference/djl}, or the temporary folder outside Eclipse. */
	static Path cacheDirectory() {
		var location = Platform.isRunning() ? Platform.getConfigurationLocation() : null;
		if (location != null && location.getURL() != null) {
			try {
				return Path.of(location.getURL().toURI()).resolve("dev.piassistant.inference").resolve("djl");
			} catch (URISyntaxException | IllegalArgumentException e) {
				// a configuration area that is no file: fall back below
			}
		}
		return Path.of(System.getProperty("java.io.tmpdir"), "pi-assistant-djl");
	}
}
