package dev.piassistant.core.inference;

import java.util.Objects;

/**
 * Where a model goes, and why.
 *
 * @param device the device chosen
 * @param reason why that one
 */
public record Placement(Device device, Reason reason) {

	public Placement {
		Objects.requireNonNull(device, "device");
		Objects.requireNonNull(reason, "reason");
	}

	/** The rule that decided. */
	public enum Reason {
		/** The user asked for the CPU. */
		USER_CHOSE_CPU,
		/** The user asked for a GPU and one is usable. */
		USER_CHOSE_GPU,
		/** The user asked for a GPU but none is usable. */
		USER_CHOSE_GPU_NONE_USABLE,
		/** No GPU is usable. */
		NO_USABLE_GPU,
		/** The GPU with the most free memory holds the model with headroom to spare. */
		FITS_ON_GPU,
		/** No GPU has enough free memory for the model and its headroom. */
		TOO_BIG_FOR_GPU,
		/** The model is so small that copying data to a GPU would cost more than it saves. */
		TOO_SMALL_FOR_GPU
	}
}
