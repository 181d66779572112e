package dev.piassistant.inference.tests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import ai.djl.engine.EngineException;
import dev.piassistant.core.inference.Device;
import dev.piassistant.core.inference.EngineStatus;
import dev.piassistant.core.inference.SavedModel;
import dev.piassistant.inference.internal.Backend;
import dev.piassistant.inference.internal.DjlBackend;

/**
 * A GPU for machines without one: models "on" it really run on the CPU through the real engine, so results
 * are real, but it has a fixed amount of memory, and loading past it, or a run told to, fails the way
 * PyTorch fails when CUDA runs out of memory.
 */
final class SimulatedGpu implements Backend {

	private final DjlBackend real = new DjlBackend();
	private final long capacity;
	private final AtomicLong used = new AtomicLong();
	/** The next runs on the GPU that fail for want of memory. */
	final AtomicInteger runsToFail = new AtomicInteger();
	final List<Device> loads = new CopyOnWriteArrayList<>();

	SimulatedGpu(long capacity) {
		this.capacity = capacity;
	}

	@Override
	public EngineStatus engine() {
		return new EngineStatus.Ready("PyTorch", "simulated", 1);
	}

	@Override
	public Handle load(SavedModel model, Device device) throws Exception {
		loads.add(device);
		if (!device.isGpu()) {
			return real.load(model, device);
		}
		var bytes = model.spec().parameterBytes();
		if (used.get() + bytes > capacity) {
			throw new EngineException("CUDA out of memory. Tried to allocate " + bytes / 1024 + " KiB (GPU 0; "
					+ capacity / 1024 + " KiB total capacity; " + used.get() / 1024 + " KiB already allocated)");
		}
		used.addAndGet(bytes);
		return new OnGpu(real.load(model, Device.CPU), device, bytes);
	}

	@Override
	public float[][] run(Handle handle, float[][] features) {
		if (handle instanceof OnGpu gpu) {
			if (runsToFail.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
				throw new EngineException("CUDA out of memory. Tried to allocate " + features.length * 4 + " MiB (GPU 0)");
			}
			return real.run(gpu.inner, features);
		}
		return real.run(handle, features);
	}

	long used() {
		return used.get();
	}

	private final class OnGpu implements Handle {
		final Handle inner;
		private final Device device;
		private final long bytes;

		OnGpu(Handle inner, Device device, long bytes) {
			this.inner = inner;
			this.device = device;
			this.bytes = bytes;
		}

		@Override
		public Device device() {
			return device;
		}

		@Override
		public long bytes() {
			return bytes;
		}

		@Override
		public void close() {
			inner.close();
			used.addAndGet(-bytes);
		}
	}
}
