package dev.piassistant.core.inference;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.jdt.annotation.Nullable;

/**
 * One row of the capability matrix: what a device can do with the engine that is installed.
 *
 * @param device      the device
 * @param name        what it is ("amd64, 16 cores", "NVIDIA H200")
 * @param totalBytes  its memory
 * @param freeBytes   its memory not in use when it was probed
 * @param usable      whether models can run on it now
 * @param half        whether it computes in 16-bit floats efficiently (GPUs)
 * @param unusable    why not, when it is not usable
 */
public record DeviceCapability(Device device, String name, long totalBytes, long freeBytes, boolean usable, boolean half,
		@Nullable Unusable unusable) {

	public DeviceCapability {
		Objects.requireNonNull(device, "device");
		Objects.requireNonNull(name, "name");
	}

	/** Why a device that is there cannot run models. */
	public enum Unusable {
		/** The deep learning engine (the optional training engine feature) is not installed. */
		NO_ENGINE,
		/** The installed engine was built for the CPU only. */
		CPU_ONLY_ENGINE
	}

	public Optional<Unusable> whyUnusable() {
		return Optional.ofNullable(unusable);
	}
}
