package dev.piassistant.inference.internal;

import java.util.Comparator;
import java.util.List;

import dev.piassistant.core.inference.Device;
import dev.piassistant.core.inference.DeviceCapability;
import dev.piassistant.core.inference.DevicePreference;
import dev.piassistant.core.inference.InferenceService.Purpose;
import dev.piassistant.core.inference.Placement;
import dev.piassistant.core.inference.Placement.Reason;

/**
 * Chooses a device for a model. The rules, in order:
 * <ol>
 * <li>The user's preference: CPU always wins; GPU wins whenever a GPU is usable.</li>
 * <li>No usable GPU: the CPU.</li>
 * <li>Parameters under {@value #SMALL_BYTES} bytes: the CPU, where a small network answers sooner than the
 * copy to and from a GPU would take.</li>
 * <li>The usable GPU with the most free memory, if that holds the model's need with headroom to spare; the
 * need is the parameters for inference, four times them for training (gradients and Adam's two moments);
 * the headroom is {@value #HEADROOM_MIN_BYTES} bytes or a tenth of the GPU, whichever is more.</li>
 * <li>Otherwise the CPU.</li>
 * </ol>
 * A GPU whose memory is unknown (the driver's tool did not list it) is taken to hold anything.
 */
public final class Placer {

	static final long SMALL_BYTES = 256L * 1024;
	static final long HEADROOM_MIN_BYTES = 512L * 1024 * 1024;

	private Placer() {
	}

	public static Placement place(long bytes, Purpose purpose, DevicePreference preference, List<DeviceCapability> devices) {
		var best = devices.stream().filter(device -> device.device().isGpu() && device.usable())
				.max(Comparator.comparingLong(DeviceCapability::freeBytes));
		if (preference == DevicePreference.CPU) {
			return new Placement(Device.CPU, Reason.USER_CHOSE_CPU);
		}
		if (preference == DevicePreference.GPU) {
			return best.map(gpu -> new Placement(gpu.device(), Reason.USER_CHOSE_GPU))
					.orElse(new Placement(Device.CPU, Reason.USER_CHOSE_GPU_NONE_USABLE));
		}
		if (best.isEmpty()) {
			return new Placement(Device.CPU, Reason.NO_USABLE_GPU);
		}
		if (bytes < SMALL_BYTES) {
			return new Placement(Device.CPU, Reason.TOO_SMALL_FOR_GPU);
		}
		var gpu = best.get();
		return fits(bytes, purpose, gpu) ? new Placement(gpu.device(), Reason.FITS_ON_GPU) : new Placement(Device.CPU, Reason.TOO_BIG_FOR_GPU);
	}

	static boolean fits(long bytes, Purpose purpose, DeviceCapability gpu) {
		if (gpu.totalBytes() == 0) {
			return true;
		}
		var need = purpose == Purpose.TRAINING ? 4 * bytes : bytes;
		var headroom = Math.max(HEADROOM_MIN_BYTES, gpu.totalBytes() / 10);
		return gpu.freeBytes() - headroom >= need;
	}
}
