package dev.piassistant.inference.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.inference.Device;
import dev.piassistant.core.inference.DeviceEvent;
import dev.piassistant.core.inference.InferenceException;
import dev.piassistant.core.inference.LoadedModel;
import dev.piassistant.core.inference.ModelKey;
import dev.piassistant.core.inference.Placement;
import dev.piassistant.core.inference.SavedModel;
import dev.piassistant.inference.djl.OutOfMemory;

/**
 * The models in memory and their devices. Loads a model where placement says on first use; moves it on
 * request; when a GPU runs out of memory (loading or running), moves the model to the CPU, records why, and
 * does the work there; unloads models idle for longer than the timeout. One lock per model: a model's
 * prediction, move and unloading never overlap, while different models run side by side.
 */
public final class ModelRegistry implements AutoCloseable {

	/** Where a model of a given size goes now. */
	public interface Placements {
		Placement place(long bytes);
	}

	private final Backend backend;
	private final Placements placements;
	private final DeviceLog log;
	private final Clock clock;
	private final Map<ModelKey, Entry> entries = new LinkedHashMap<>();
	private volatile Duration idleTimeout;

	private static final class Entry {
		final SavedModel model;
		Backend.@Nullable Handle handle;
		Instant loadedAt;
		volatile Instant lastUsed;
		Placement.Reason reason;

		Entry(SavedModel model, Instant now, Placement.Reason reason) {
			this.model = model;
			this.loadedAt = now;
			this.lastUsed = now;
			this.reason = reason;
		}
	}

	public ModelRegistry(Backend backend, Placements placements, DeviceLog log, Clock clock, Duration idleTimeout) {
		this.backend = backend;
		this.placements = placements;
		this.log = log;
		this.clock = clock;
		this.idleTimeout = idleTimeout;
	}

	public float[][] predict(SavedModel model, float[][] features) {
		var entry = entry(model);
		synchronized (entry) {
			var handle = loaded(entry);
			float[][] outputs;
			try {
				outputs = backend.run(handle, features);
			} catch (RuntimeException e) {
				if (!handle.device().isGpu() || !OutOfMemory.isOutOfMemory(e)) {
					throw new InferenceException("Model " + model.key() + " failed on " + handle.device() + ": " + e.getMessage(), e);
				}
				outputs = backend.run(fallBack(entry, handle, e), features);
			}
			entry.lastUsed = clock.instant();
			return outputs;
		}
	}

	private synchronized Entry entry(SavedModel model) {
		return entries.computeIfAbsent(model.key(), key -> new Entry(model, clock.instant(), Placement.Reason.NO_USABLE_GPU));
	}

	/** The entry's handle, loading it where placement says if it has none (first use, or after unloading). */
	private Backend.Handle loaded(Entry entry) {
		var handle = entry.handle;
		if (handle != null) {
			return handle;
		}
		var placement = placements.place(entry.model.spec().parameterBytes());
		try {
			handle = backend.load(entry.model, placement.device());
			log.record(event(entry.model.key(), DeviceEvent.Kind.LOADED, null, placement.device(), placement.reason().name()));
		} catch (Exception e) {
			if (!placement.device().isGpu() || !OutOfMemory.isOutOfMemory(e)) {
				throw new InferenceException("Model " + entry.model.key() + " could not be loaded: " + e.getMessage(), e);
			}
			handle = loadOrFail(entry, Device.CPU);
			log.record(event(entry.model.key(), DeviceEvent.Kind.OUT_OF_MEMORY_FELL_BACK, placement.device(), Device.CPU, message(e)));
		}
		entry.handle = handle;
		entry.reason = placement.reason();
		entry.loadedAt = clock.instant();
		return handle;
	}

	private Backend.Handle fallBack(Entry entry, Backend.Handle onGpu, RuntimeException error) {
		onGpu.close();
		entry.handle = null;
		var onCpu = loadOrFail(entry, Device.CPU);
		entry.handle = onCpu;
		entry.loadedAt = clock.instant();
		log.record(event(entry.model.key(), DeviceEvent.Kind.OUT_OF_MEMORY_FELL_BACK, onGpu.device(), Device.CPU, message(error)));
		return onCpu;
	}

	private Backend.Handle loadOrFail(Entry entry, Device device) {
		try {
			return backend.load(entry.model, device);
		} catch (Exception e) {
			throw new InferenceException("Model " + entry.model.key() + " could not be loaded on " + device + ": " + e.getMessage(), e);
		}
	}

	/** Moves a loaded model; it stays where it was if the new device cannot take it. */
	public LoadedModel moveTo(ModelKey key, Device device) {
		Entry entry;
		synchronized (this) {
			entry = entries.get(key);
		}
		if (entry == null) {
			throw new InferenceException("Model " + key + " is not loaded.");
		}
		synchronized (entry) {
			var current = loaded(entry);
			if (!current.device().equals(device)) {
				var moved = loadOrFail(entry, device);
				current.close();
				entry.handle = moved;
				entry.loadedAt = clock.instant();
				log.record(event(key, DeviceEvent.Kind.MOVED, current.device(), device, "moved on request"));
			}
			return snapshot(entry);
		}
	}

	/** Unloads the models unused for longer than the idle timeout; returns how many. */
	public int sweep() {
		var cutoff = clock.instant().minus(idleTimeout);
		int unloaded = 0;
		for (var entry : snapshotEntries()) {
			synchronized (entry) {
				var handle = entry.handle;
				if (handle != null && entry.lastUsed.isBefore(cutoff)) {
					unload(entry, handle, DeviceEvent.Kind.UNLOADED_IDLE);
					unloaded++;
				}
			}
		}
		return unloaded;
	}

	public void unload(ModelKey key) {
		Entry entry;
		synchronized (this) {
			entry = entries.get(key);
		}
		if (entry != null) {
			synchronized (entry) {
				var handle = entry.handle;
				if (handle != null) {
					unload(entry, handle, DeviceEvent.Kind.UNLOADED);
				}
			}
		}
	}

	private void unload(Entry entry, Backend.Handle handle, DeviceEvent.Kind kind) {
		// The entry stays (without a handle): a prediction holding it loads it again.
		handle.close();
		entry.handle = null;
		log.record(event(entry.model.key(), kind, handle.device(), null, kind == DeviceEvent.Kind.UNLOADED_IDLE
				? "idle for more than " + idleTimeout.toSeconds() + " s" : "unloaded on request"));
	}

	public List<LoadedModel> loaded() {
		var loaded = new ArrayList<LoadedModel>();
		for (var entry : snapshotEntries()) {
			synchronized (entry) {
				if (entry.handle != null) {
					loaded.add(snapshot(entry));
				}
			}
		}
		loaded.sort(Comparator.comparing(LoadedModel::lastUsed));
		return loaded;
	}

	private synchronized List<Entry> snapshotEntries() {
		return new ArrayList<>(entries.values());
	}

	private static LoadedModel snapshot(Entry entry) {
		var handle = entry.handle;
		if (handle == null) {
			throw new IllegalStateException("not loaded: " + entry.model.key());
		}
		return new LoadedModel(entry.model.key(), handle.device(), handle.bytes(), entry.loadedAt, entry.lastUsed, entry.reason);
	}

	public Duration idleTimeout() {
		return idleTimeout;
	}

	public void setIdleTimeout(Duration timeout) {
		idleTimeout = timeout;
	}

	private DeviceEvent event(ModelKey key, DeviceEvent.Kind kind, @Nullable Device from, @Nullable Device to, String detail) {
		return new DeviceEvent(clock.instant(), key, kind, from, to, detail);
	}

	private static String message(Throwable error) {
		return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
	}

	@Override
	public void close() {
		for (var entry : snapshotEntries()) {
			synchronized (entry) {
				var handle = entry.handle;
				if (handle != null) {
					handle.close();
					entry.handle = null;
				}
			}
		}
		synchronized (this) {
			entries.clear();
		}
	}
}
