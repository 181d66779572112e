package dev.piassistant.core.inference;

import java.util.Objects;

/**
 * A GPU the hardware probe found.
 *
 * @param index       its index, as the driver counts
 * @param name        the model, such as "NVIDIA H200"
 * @param totalBytes  its memory
 * @param freeBytes   its memory not in use when it was probed
 */
public record GpuInfo(int index, String name, long totalBytes, long freeBytes) {

	public GpuInfo {
		Objects.requireNonNull(name, "name");
	}
}
