package dev.piassistant.inference.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.Nullable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import dev.piassistant.core.inference.Device;
import dev.piassistant.core.inference.DeviceCapability;
import dev.piassistant.core.inference.DeviceEvent;
import dev.piassistant.core.inference.DevicePreference;
import dev.piassistant.core.inference.EngineStatus;
import dev.piassistant.core.inference.HardwareProfile;
import dev.piassistant.core.inference.InferenceService;
import dev.piassistant.core.inference.LoadedModel;
import dev.piassistant.core.inference.ModelKey;
import dev.piassistant.core.inference.Placement;
import dev.piassistant.core.inference.SavedModel;
import dev.piassistant.core.store.Database;

/**
 * The inference service over DJL's PyTorch engine. The hardware is probed once (GPU memory again at most
 * every few seconds, for placement); the user's device preference and the idle timeout are kept in the
 * workspace database; idle models are swept every {@value #SWEEP_SECONDS} seconds.
 */
@Component(service = InferenceService.class)
public final class InferenceComponent implements InferenceService {

	static final String PREFERENCE = "device.preference";
	static final String IDLE_TIMEOUT = "idle.timeout.seconds";
	static final Duration DEFAULT_IDLE = Duration.ofMinutes(10);
	private static final long SWEEP_SECONDS = 15;

	private final Backend backend;
	private final HardwareCache hardware;
	private @Nullable DeviceLog log;
	private @Nullable ModelRegistry registry;
	private @Nullable ScheduledExecutorService sweeper;

	public InferenceComponent() {
		this(new DjlBackend(), new HardwareCache(new HardwareProbe(NvidiaSmi::probe)));
	}

	/** For tests: another backend (a simulated GPU) or probe. */
	public InferenceComponent(Backend backend, HardwareCache hardware) {
		this.backend = backend;
		this.hardware = hardware;
	}

	@Reference
	void setDatabase(Database database) {
		log = new DeviceLog(database);
	}

	@Activate
	public void activate() {
		var deviceLog = log();
		var idle = deviceLog.setting(IDLE_TIMEOUT).map(Long::parseLong).map(Duration::ofSeconds).orElse(DEFAULT_IDLE);
		registry = new ModelRegistry(backend, bytes -> place(bytes, Purpose.INFERENCE), deviceLog, Clock.systemUTC(), idle);
		var executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			var thread = new Thread(runnable, "Pi Assistant idle model sweeper");
			thread.setDaemon(true);
			return thread;
		});
		executor.scheduleWithFixedDelay(this::sweep, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
		sweeper = executor;
	}

	/** For tests that wire the component by hand. */
	public void bind(Database database) {
		setDatabase(database);
	}

	private void sweep() {
		try {
			registry().sweep();
		} catch (RuntimeException e) {
			System.getLogger(getClass().getName()).log(System.Logger.Level.WARNING, "Unloading idle models failed", e);
		}
	}

	@Deactivate
	public void deactivate() {
		var executor = sweeper;
		if (executor != null) {
			executor.shutdownNow();
		}
		registry().close();
	}

	@Override
	public HardwareProfile hardware() {
		return hardware.profile();
	}

	@Override
	public EngineStatus engine() {
		return backend.engine();
	}

	@Override
	public List<DeviceCapability> capabilities() {
		return Capabilities.of(hardware.fresh(), engine());
	}

	@Override
	public DevicePreference preference() {
		return log().setting(PREFERENCE).map(DevicePreference::valueOf).orElse(DevicePreference.AUTO);
	}

	@Override
	public void setPreference(DevicePreference preference) {
		log().setSetting(PREFERENCE, preference.name());
	}

	@Override
	public Placement place(long bytes, Purpose purpose) {
		return Placer.place(bytes, purpose, preference(), capabilities());
	}

	@Override
	public float[][] predict(SavedModel model, float[][] features) {
		return registry().predict(model, features);
	}

	@Override
	public List<LoadedModel> loaded() {
		return registry().loaded();
	}

	@Override
	public LoadedModel moveTo(ModelKey model, Device device) {
		return registry().moveTo(model, device);
	}

	@Override
	public void unload(ModelKey model) {
		registry().unload(model);
	}

	@Override
	public Duration idleTimeout() {
		return registry().idleTimeout();
	}

	@Override
	public void setIdleTimeout(Duration timeout) {
		log().setSetting(IDLE_TIMEOUT, Long.toString(timeout.toSeconds()));
		registry().setIdleTimeout(timeout);
	}

	@Override
	public List<DeviceEvent> events(int limit) {
		return log().recent(limit);
	}

	/** The registry, for tests that sweep without waiting. */
	public ModelRegistry registry() {
		var current = registry;
		if (current == null) {
			throw new IllegalStateException("the inference service is not active");
		}
		return current;
	}

	private DeviceLog log() {
		var current = log;
		if (current == null) {
			throw new IllegalStateException("the inference service has no database");
		}
		return current;
	}
}
